package vn.kt1.batch.shared.code;

/** Độ mật: none (blank in the files), C, B, A. */
public enum Secrecy implements Code {

	NONE("Không mật"),

	C("Mật"),

	B("Tối mật"),

	A("Tuyệt mật");

	private final String label;

	Secrecy(String label) {
		this.label = label;
	}

	/** @return the Vietnamese name of a code, the code itself when unknown, null for null */
	public static String label(String code) {
		return Codes.label(Secrecy.class, code);
	}

	/** @return blank for {@link #NONE}, as the files and the database write it; else the constant's name */
	@Override
	public String code() {
		return (this == NONE) ? "" : name();
	}

	@Override
	public String label() {
		return this.label;
	}

}
