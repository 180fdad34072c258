package vn.kt1.batch.demo;

/** A post office of a generated sample province. */
record SamplePostOffice(String code, String name, String communeCode) {

}
