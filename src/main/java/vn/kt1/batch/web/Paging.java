package vn.kt1.batch.web;

/**
 * One page of a table, cut by SQL ({@code LIMIT ... OFFSET ...}), never in memory.
 *
 * @param page the page shown, from 1
 * @param size rows per page
 * @param total rows in all pages
 */
public record Paging(int page, int size, long total) {

	/** @return the page asked for, kept within the pages there are */
	public static Paging of(Integer page, int size, long total) {
		int pages = (int) Math.max(1, (total + size - 1) / size);
		int shown = (page == null || page < 1) ? 1 : Math.min(page, pages);
		return new Paging(shown, size, total);
	}

	/** @return rows before this page */
	public long offset() {
		return (long) (this.page - 1) * this.size;
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	/** @return the first row's number on this page, from 1 (0 when there is none) */
	public long first() {
		return (this.total == 0) ? 0 : offset() + 1;
	}

	/** @return the last row's number on this page */
	public long last() {
		return Math.min(this.total, offset() + this.size);
	}

	/** @return a {@code LIKE} pattern for values that start with the text, its wildcards escaped */
	public static String startingWith(String text) {
		return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
