package vn.kt1.batch.demo;

/**
 * A commune-level unit of the official 2025 list, with its province.
 *
 * @param provinceCode 2-digit code
 * @param communeCode 5-digit code
 * @param communeType {@code xã}, {@code phường} or {@code đặc khu}
 */
record AdminUnit(String provinceCode, String provinceName, String communeCode, String communeName,
		String communeType) {

	boolean isSpecialZone() {
		return "đặc khu".equals(this.communeType);
	}

}
