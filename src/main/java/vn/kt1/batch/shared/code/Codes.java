package vn.kt1.batch.shared.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Looking up, naming and ordering the codes of one kind of {@link Code}. */
public final class Codes {

	private Codes() {
	}

	/** @return the Vietnamese name of a code, the code itself when the kind does not know it, null for null */
	public static <E extends Enum<E> & Code> String label(Class<E> kind, String code) {
		if (code == null) {
			return null;
		}
		for (E constant : kind.getEnumConstants()) {
			if (constant.code().equals(code)) {
				return constant.label();
			}
		}
		return code;
	}

	/** @return the length of the kind's longest name: the width of a column that shows them whole */
	public static <E extends Enum<E> & Code> int longestLabel(Class<E> kind) {
		return Arrays.stream(kind.getEnumConstants()).mapToInt((constant) -> constant.label().length()).max().orElse(0);
	}

	/** @return the kind's codes in table order */
	public static <E extends Enum<E> & Code> List<String> codes(Class<E> kind) {
		return Arrays.stream(kind.getEnumConstants()).map(Code::code).toList();
	}

	/** @return the kind's codes in table order, then any other code present, in the order met */
	public static <E extends Enum<E> & Code> List<String> ordered(Class<E> kind, Iterable<String> present) {
		List<String> codes = new ArrayList<>(codes(kind));
		present.forEach((code) -> {
			if (!codes.contains(code)) {
				codes.add(code);
			}
		});
		return codes;
	}

	/** @return the position of a code in table order, other codes last */
	public static <E extends Enum<E> & Code> int rank(Class<E> kind, String code) {
		// called for every comparison of a sort: the constants' own order, no list built
		E[] constants = kind.getEnumConstants();
		for (E constant : constants) {
			if (constant.code().equals(code)) {
				return constant.ordinal();
			}
		}
		return constants.length;
	}

	/** @return an SQL ordering of a column by the kind's table order, other codes last */
	public static <E extends Enum<E> & Code> String orderBy(String column, Class<E> kind) {
		String field = "FIELD(" + column + ", '" + String.join("', '", codes(kind)) + "')";
		return field + " = 0, " + field;
	}

}
