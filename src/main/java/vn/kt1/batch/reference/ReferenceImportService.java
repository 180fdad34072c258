package vn.kt1.batch.reference;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.kt1.batch.shared.input.InputError;

/**
 * Imports the reference lists all or nothing: every file is read and checked first; only
 * when no file has an error are they stored, in one transaction. Tariff weight bands are
 * stored in the official style whichever convention the file uses ({@link BandConventions}).
 */
@Service
public class ReferenceImportService {

	private final ReferenceStore store;

	ReferenceImportService(ReferenceStore store) {
		this.store = store;
	}

	/**
	 * @param request the files to import
	 * @return the rows stored
	 * @throws ReferenceImportException listing every error; then nothing is stored
	 */
	@Transactional
	public ReferenceImportResult importFiles(ReferenceImport request) {
		return importFiles(request, System.getProperty("user.name"));
	}

	/**
	 * @param importedBy who imports, as recorded with the import (the web console's user)
	 * @see #importFiles(ReferenceImport)
	 */
	@Transactional
	public ReferenceImportResult importFiles(ReferenceImport request, String importedBy) {
		ReferenceValidator validator = new ReferenceValidator(this.store.adminUnits());
		List<InputError> errors = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		ParsedFile<Agency> agencies = null;
		ParsedFile<PostOffice> offices = null;
		ParsedFile<TariffPrice> tariff = null;
		if (request.agencies() != null) {
			agencies = ReferenceFileReader.read(request.agencies(), ReferenceTemplates.AGENCIES, ReferenceRows::agency);
			errors.addAll(agencies.errors());
			errors.addAll(validator.agencies(agencies));
		}
		if (request.postOffices() != null) {
			offices = ReferenceFileReader.read(request.postOffices(), ReferenceTemplates.POST_OFFICES,
					ReferenceRows::postOffice);
			errors.addAll(offices.errors());
			errors.addAll(validator.postOffices(offices));
		}
		if (request.tariff() != null) {
			List<TariffPrice> stored = this.store.tariff();
			tariff = ReferenceFileReader.read(request.tariff(), ReferenceTemplates.TARIFF, ReferenceRows::tariffPrice);
			tariff = tariff.withRows(BandConventions.official(tariff.rows(), stored));
			errors.addAll(tariff.errors());
			errors.addAll(validator.tariff(tariff, stored, notes));
		}
		if (!errors.isEmpty()) {
			throw new ReferenceImportException(errors);
		}
		return store(agencies, offices, tariff, notes, importedBy);
	}

	private ReferenceImportResult store(ParsedFile<Agency> agencies, ParsedFile<PostOffice> offices,
			ParsedFile<TariffPrice> tariff, List<String> notes, String user) {
		if (agencies != null) {
			this.store.saveAgencies(values(agencies), this.store.recordImport("AGENCIES", agencies, user));
		}
		if (offices != null) {
			this.store.savePostOffices(values(offices), this.store.recordImport("POST_OFFICES", offices, user));
		}
		if (tariff != null) {
			this.store.saveTariff(values(tariff), this.store.recordImport("TARIFF", tariff, user));
		}
		return new ReferenceImportResult(size(agencies), size(offices), size(tariff), List.copyOf(notes));
	}

	private static <T> List<T> values(ParsedFile<T> file) {
		return file.rows().stream().map(ParsedFile.Line::value).toList();
	}

	private static int size(ParsedFile<?> file) {
		return (file != null) ? file.rows().size() : 0;
	}

}
