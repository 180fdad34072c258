package vn.kt1.batch.shared.tabular;

/**
 * A column of an input template.
 *
 * @param code the column's code, e.g. {@code ma_buu_gui}
 * @param label its Vietnamese label, e.g. {@code Mã bưu gửi}
 * @param required whether a file without it is refused
 */
public record Column(String code, String label, boolean required) {

}
