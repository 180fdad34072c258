package vn.kt1.batch.web.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.kt1.batch.admin.AdminAudit;
import vn.kt1.batch.reference.ReferenceImport;
import vn.kt1.batch.reference.ReferenceImportException;
import vn.kt1.batch.reference.ReferenceImportResult;
import vn.kt1.batch.reference.ReferenceImportService;
import vn.kt1.batch.shared.input.InputError;
import vn.kt1.batch.web.Paging;
import vn.kt1.batch.web.WebProperties;

/**
 * Danh mục: agencies, post offices and the tariff with its validity; and an upload of
 * reference files, imported all or nothing: every error is listed line by line and nothing
 * stored changes.
 */
@Controller
class ReferenceController {

	private final ReferenceQueries queries;

	private final ReferenceImportService imports;

	private final AdminAudit audit;

	private final WebProperties properties;

	ReferenceController(ReferenceQueries queries, ReferenceImportService imports, AdminAudit audit,
			WebProperties properties) {
		this.queries = queries;
		this.imports = imports;
		this.audit = audit;
		this.properties = properties;
	}

	@GetMapping("/reference/agencies")
	String agencies(@RequestParam(required = false) String province, @RequestParam(required = false) String level,
			@RequestParam(required = false) String category, @RequestParam(required = false) String search,
			@RequestParam(required = false) Integer page, Model model) {
		ReferenceQueries.AgencyFilter filter = new ReferenceQueries.AgencyFilter(province, level, category, search,
				null);
		Paging paging = Paging.of(page, this.properties.pageSize(), this.queries.countAgencies(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("rows", this.queries.agencies(filter, paging));
		model.addAttribute("paging", paging);
		model.addAttribute("provinces", this.queries.provinces());
		model.addAttribute("categories", this.queries.categories());
		model.addAttribute("levels", List.of("TINH", "KHU_VUC", "XA", "DAC_BIET"));
		return "reference/agencies";
	}

	@GetMapping("/reference/post-offices")
	String postOffices(@RequestParam(required = false) String search, @RequestParam(required = false) Integer page,
			Model model) {
		Paging paging = Paging.of(page, this.properties.pageSize(), this.queries.countPostOffices(search));
		model.addAttribute("search", search);
		model.addAttribute("rows", this.queries.postOffices(search, paging));
		model.addAttribute("paging", paging);
		return "reference/post-offices";
	}

	@GetMapping("/reference/tariff")
	String tariff(Model model) {
		model.addAttribute("rows", this.queries.tariff());
		return "reference/tariff";
	}

	@GetMapping("/reference/upload")
	String uploadForm(Model model) {
		model.addAttribute("imports", this.queries.imports());
		return "reference/upload";
	}

	@PostMapping("/reference/upload")
	String upload(@RequestParam(required = false) MultipartFile agencies,
			@RequestParam(required = false) MultipartFile postOffices,
			@RequestParam(required = false) MultipartFile tariff, Model model, RedirectAttributes redirect)
			throws IOException {
		Path dir = Files.createTempDirectory("kt1-reference-");
		try {
			ReferenceImport request = new ReferenceImport(save(dir, "agencies", agencies),
					save(dir, "post-offices", postOffices), save(dir, "tariff", tariff));
			String target = "reference " + Stream.of(agencies, postOffices, tariff)
				.filter((file) -> file != null && !file.isEmpty())
				.map(MultipartFile::getOriginalFilename)
				.toList();
			if (request.agencies() == null && request.postOffices() == null && request.tariff() == null) {
				model.addAttribute("problem", "Hãy chọn ít nhất một tệp.");
				return uploadForm(model);
			}
			try {
				ReferenceImportResult result = this.imports.importFiles(request, AdminAudit.webUser());
				String line = "imported " + result.agencies() + " agencies, " + result.postOffices()
						+ " post offices, " + result.tariffPrices() + " tariff prices";
				this.audit.record("reference import", target, null, line);
				redirect.addFlashAttribute("notice", "Đã nhập " + result.agencies() + " đơn vị, "
						+ result.postOffices() + " bưu cục, " + result.tariffPrices() + " dòng giá cước.");
				return "redirect:/reference/upload";
			}
			catch (ReferenceImportException ex) {
				this.audit.record("reference import", target, null, "refused: " + ex.getMessage());
				List<InputError> errors = ex.errors();
				model.addAttribute("errors", errors);
				model.addAttribute("problem", "Không nhập gì cả: " + errors.size()
						+ " lỗi. Sửa các dòng dưới đây rồi gửi lại toàn bộ tệp.");
				return uploadForm(model);
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(dir);
		}
	}

	/** @return the uploaded file under its own name (errors name it), or {@code null} when none */
	private static Path save(Path dir, String kind, MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			return null;
		}
		String original = (file.getOriginalFilename() != null) ? file.getOriginalFilename() : kind + ".csv";
		String name = Normalizer.normalize(original.substring(Math.max(original.lastIndexOf('/'),
				original.lastIndexOf('\\')) + 1), Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
		Path folder = Files.createDirectories(dir.resolve(kind));
		Path target = folder.resolve(name.isBlank() || name.startsWith(".") ? kind + "_" + name : name);
		try (InputStream content = file.getInputStream()) {
			Files.copy(content, target);
		}
		return target;
	}

}
