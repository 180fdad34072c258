package vn.kt1.batch.web.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.ingest.FileRegistry;
import vn.kt1.batch.ingest.InputFile;
import vn.kt1.batch.ingest.InputKind;
import vn.kt1.batch.ingest.RejectStore;
import vn.kt1.batch.ingest.RejectedRow;
import vn.kt1.batch.ingest.RejectsWorkbook;
import vn.kt1.batch.web.Downloads;
import vn.kt1.batch.web.NotFoundException;
import vn.kt1.batch.web.Paging;
import vn.kt1.batch.web.WebProperties;

/**
 * Tệp đầu vào: the file registry with each file's status and reason; a file's rejected rows
 * as a workbook; and an upload that puts a file into the inbox for the next ingest run.
 */
@Controller
class FilesController {

	private final FileQueries queries;

	private final FileRegistry registry;

	private final RejectStore rejects;

	private final InboxUpload inbox;

	private final AdminAudit audit;

	private final WebProperties properties;

	FilesController(FileQueries queries, FileRegistry registry, RejectStore rejects, InboxUpload inbox,
			AdminAudit audit, WebProperties properties) {
		this.queries = queries;
		this.registry = registry;
		this.rejects = rejects;
		this.inbox = inbox;
		this.audit = audit;
		this.properties = properties;
	}

	@GetMapping("/files")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd") LocalDate to,
			@RequestParam(required = false) Integer page, Model model) {
		FileQueries.Filter filter = new FileQueries.Filter(status, kind, name, from, to);
		Paging paging = Paging.of(page, this.properties.pageSize(), this.queries.count(filter));
		model.addAttribute("rows", this.queries.page(filter, paging));
		model.addAttribute("paging", paging);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", List.of("LOADED", "REFUSED", "DUPLICATE", "PENDING"));
		model.addAttribute("kinds", InputKind.values());
		return "files/list";
	}

	@GetMapping("/files/{id}/rejects")
	void rejects(@PathVariable long id, HttpServletResponse response) throws IOException {
		InputFile file = this.registry.find(id).orElseThrow(() -> new NotFoundException("Không có tệp #" + id));
		List<RejectedRow> rows = this.rejects.find(file.id(), file.path().getFileName().toString());
		Path workbook = Files.createTempFile("kt1-rejects-", ".xlsx");
		try {
			RejectsWorkbook.write(file.kind().template(), rows, workbook);
			Downloads.send(response, workbook, "dong-bi-tu-choi-" + id + ".xlsx", Downloads.XLSX);
		}
		finally {
			Files.deleteIfExists(workbook);
		}
		this.audit.record("download rejects", "input file " + id, null, rows.size() + " rejected row(s)");
	}

	@GetMapping("/files/upload")
	String uploadForm(Model model) {
		model.addAttribute("kinds", InputKind.values());
		return "files/upload";
	}

	@PostMapping("/files/upload")
	String upload(@RequestParam String kind, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
			throws IOException {
		InputKind inputKind;
		try {
			inputKind = InputKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", "Loại tệp không hợp lệ: " + kind);
			return "redirect:/files/upload";
		}
		String target = "inbox/" + inputKind.folder() + "/" + file.getOriginalFilename();
		InboxUpload.Stored stored;
		try (InputStream content = file.getInputStream()) {
			stored = this.inbox.store(inputKind, file.getOriginalFilename(), content);
		}
		catch (IllegalArgumentException | IOException ex) {
			this.audit.record("upload", target, null, "refused: " + ex.getMessage());
			redirect.addFlashAttribute("problem", "Không nhận tệp: " + ex.getMessage());
			return "redirect:/files/upload";
		}
		this.audit.record("upload", target, null, "stored as " + stored.path() + " (" + stored.size()
				+ " bytes, sha256 " + stored.sha256() + ")");
		String known = this.queries.byContent(stored.sha256())
			.map((row) -> " Nội dung này đã có trong sổ đăng ký: tệp #" + row.id() + " (" + row.name() + ", "
					+ row.status() + "); lần nạp tới sẽ ghi nó là trùng lặp.")
			.orElse("");
		redirect.addFlashAttribute("notice", "Đã đưa " + stored.path().getFileName() + " (" + stored.size()
				+ " byte) vào inbox/" + inputKind.folder() + ": lần chạy ingest tới sẽ nạp nó." + known);
		return "redirect:/files";
	}

}
