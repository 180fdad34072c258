package vn.kt1.batch.reconcile.decision;

import java.util.HashMap;
import java.util.Map;

import vn.kt1.batch.shared.tabular.HeaderNames;

/** What finance staff decided about a flagged agency-month or an item exception. */
public enum DecisionCode {

	/** the figures stand as they are */
	CHAP_NHAN("Chấp nhận"),
	/** the figures stand, and an amount (signed VND) is settled beside them */
	DIEU_CHINH("Điều chỉnh"),
	/** the agency or the post office is asked to explain or correct */
	KHIEU_NAI("Khiếu nại");

	/** Codes and labels as staff may type them ({@code dieu chinh}, {@code Điều chỉnh}) to their code. */
	static final Map<String, String> ALIASES = aliases();

	private final String label;

	DecisionCode(String label) {
		this.label = label;
	}

	/** @return the Vietnamese label */
	public String label() {
		return this.label;
	}

	private static Map<String, String> aliases() {
		Map<String, String> aliases = new HashMap<>();
		for (DecisionCode code : values()) {
			aliases.put(HeaderNames.normalize(code.name()), code.name());
			aliases.put(HeaderNames.normalize(code.label), code.name());
		}
		return Map.copyOf(aliases);
	}

}
