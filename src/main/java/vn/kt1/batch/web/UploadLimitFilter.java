package vn.kt1.batch.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses an upload larger than {@code spring.servlet.multipart.max-file-size} before
 * anything reads its body (the CSRF check would, and fail on it): 413 and one sentence.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

	private final long limit;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
		this.limit = limit.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.startsWith("multipart/") && request.getContentLengthLong() > this.limit) {
			response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Tệp quá lớn</title>"
						+ "</head><body><h1>Tệp quá lớn</h1><p>Tệp tải lên lớn hơn giới hạn " + (this.limit >> 20)
						+ " MB. Tệp lớn hơn hãy chép thẳng vào thư mục inbox trên máy chủ.</p>"
						+ "<p><a href=\"" + request.getContextPath() + "/files/upload\">Quay lại</a></p></body></html>");
			return;
		}
		chain.doFilter(request, response);
	}

}
