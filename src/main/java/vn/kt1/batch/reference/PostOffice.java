package vn.kt1.batch.reference;

/**
 * A post office that accepts KT1 items.
 *
 * @param code 6-digit code
 * @param communeCode the commune it stands in
 */
public record PostOffice(String code, String name, String communeCode) {

}
