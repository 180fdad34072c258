package vn.kt1.batch.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/** What the console shows when a page cannot be served: a sentence, never a stack trace. */
@ControllerAdvice
class ConsoleErrors {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		return page("Không tìm thấy", ex.getMessage());
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return page("Tệp quá lớn", "Tệp tải lên vượt quá giới hạn cho phép (spring.servlet.multipart.max-file-size). "
				+ "Tệp lớn hơn hãy chép thẳng vào thư mục inbox trên máy chủ.");
	}

	private static ModelAndView page(String title, String message) {
		ModelAndView page = new ModelAndView("problem");
		page.addObject("title", title);
		page.addObject("message", message);
		return page;
	}

}
