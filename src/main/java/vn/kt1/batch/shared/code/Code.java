package vn.kt1.batch.shared.code;

/**
 * A domain code as the input files write it, with the one Vietnamese name every workbook,
 * document and page shows for it. The enum's order is the order tables list the codes in.
 */
public interface Code {

	/** @return the code as the input files and the database write it: {@code HT} */
	default String code() {
		return ((Enum<?>) this).name();
	}

	/** @return its Vietnamese name: {@code Hỏa tốc} */
	String label();

}
