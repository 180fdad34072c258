package vn.kt1.batch.shared.tabular;

/** The file formats an input may come in (docs/inputs.md section 1). */
public enum InputFormat {

	/** Comma- or semicolon-separated text, UTF-8 (with or without BOM) or UTF-16 with BOM. */
	CSV,

	/** Excel 2007 and later, the first sheet. */
	XLSX,

	/** Excel 97–2003, the first sheet. */
	XLS

}
