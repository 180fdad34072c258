package vn.kt1.batch.alert;

import java.util.ArrayList;
import java.util.List;

/**
 * A message body written once and rendered twice: as plain text, and as simple HTML that any
 * mail client shows (no styles beyond a few inline ones, no images).
 */
public final class Letter {

	private final List<Block> blocks = new ArrayList<>();

	/** A paragraph. */
	public Letter paragraph(String text) {
		this.blocks.add(new Paragraph(text));
		return this;
	}

	/** A heading above the blocks that follow. */
	public Letter heading(String text) {
		this.blocks.add(new Heading(text));
		return this;
	}

	/** A line of a two-column table; consecutive facts make one table. */
	public Letter fact(String label, String value) {
		if (!this.blocks.isEmpty() && this.blocks.get(this.blocks.size() - 1) instanceof Facts facts) {
			facts.rows().add(new String[] { label, value });
		}
		else {
			List<String[]> rows = new ArrayList<>();
			rows.add(new String[] { label, value });
			this.blocks.add(new Facts(rows));
		}
		return this;
	}

	/** A bulleted list; nothing when the list is empty. */
	public Letter items(List<String> items) {
		if (!items.isEmpty()) {
			this.blocks.add(new Items(List.copyOf(items)));
		}
		return this;
	}

	/** Lines shown as they are: commands to type, the lines of a failure. */
	public Letter verbatim(List<String> lines) {
		if (!lines.isEmpty()) {
			this.blocks.add(new Verbatim(List.copyOf(lines)));
		}
		return this;
	}

	/** A link with its label. */
	public Letter link(String label, String url) {
		this.blocks.add(new Link(label, url));
		return this;
	}

	/** @return the body as plain text */
	public String text() {
		StringBuilder out = new StringBuilder();
		for (Block block : this.blocks) {
			if (!out.isEmpty()) {
				out.append('\n');
			}
			block.text(out);
		}
		return out.toString();
	}

	/** @return the body as an HTML document */
	public String html() {
		StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"></head>\n"
				+ "<body style=\"font-family: Arial, Helvetica, sans-serif; font-size: 14px; line-height: 1.4\">\n");
		this.blocks.forEach((block) -> block.html(out));
		return out.append("</body></html>\n").toString();
	}

	/** Escapes the five characters HTML gives a meaning; Vietnamese letters stay as they are (UTF-8). */
	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private sealed interface Block permits Paragraph, Heading, Facts, Items, Verbatim, Link {

		void text(StringBuilder out);

		void html(StringBuilder out);

	}

	private record Paragraph(String text) implements Block {

		public void text(StringBuilder out) {
			out.append(this.text).append('\n');
		}

		public void html(StringBuilder out) {
			out.append("<p>").append(escape(this.text).replace("\n", "<br>")).append("</p>\n");
		}

	}

	private record Heading(String text) implements Block {

		public void text(StringBuilder out) {
			out.append(this.text).append('\n').append("-".repeat(this.text.length())).append('\n');
		}

		public void html(StringBuilder out) {
			out.append("<h3 style=\"margin: 16px 0 4px\">").append(escape(this.text)).append("</h3>\n");
		}

	}

	private record Facts(List<String[]> rows) implements Block {

		public void text(StringBuilder out) {
			int width = this.rows.stream().mapToInt((row) -> row[0].length()).max().orElse(0);
			for (String[] row : this.rows) {
				out.append(row[0]).append(':').append(" ".repeat(width - row[0].length() + 1)).append(row[1])
					.append('\n');
			}
		}

		public void html(StringBuilder out) {
			out.append("<table style=\"border-collapse: collapse\">\n");
			for (String[] row : this.rows) {
				out.append("<tr><td style=\"padding: 2px 12px 2px 0; color: #555\">").append(escape(row[0]))
					.append("</td><td style=\"padding: 2px 0\">").append(escape(row[1])).append("</td></tr>\n");
			}
			out.append("</table>\n");
		}

	}

	private record Items(List<String> items) implements Block {

		public void text(StringBuilder out) {
			this.items.forEach((item) -> out.append("- ").append(item.replace("\n", "\n  ")).append('\n'));
		}

		public void html(StringBuilder out) {
			out.append("<ul>\n");
			this.items.forEach((item) -> out.append("<li>").append(escape(item).replace("\n", "<br>")).append("</li>\n"));
			out.append("</ul>\n");
		}

	}

	private record Verbatim(List<String> lines) implements Block {

		public void text(StringBuilder out) {
			this.lines.forEach((line) -> out.append("    ").append(line).append('\n'));
		}

		public void html(StringBuilder out) {
			out.append("<pre style=\"background: #f4f4f4; padding: 8px; font-size: 13px\">");
			out.append(escape(String.join("\n", this.lines))).append("</pre>\n");
		}

	}

	private record Link(String label, String url) implements Block {

		public void text(StringBuilder out) {
			out.append(this.label).append(": ").append(this.url).append('\n');
		}

		public void html(StringBuilder out) {
			out.append("<p><a href=\"").append(escape(this.url)).append("\">").append(escape(this.label))
				.append("</a></p>\n");
		}

	}

}
