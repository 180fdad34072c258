// kt1-batch console: a little behaviour, no build step (the content security policy allows no inline script).
document.addEventListener('DOMContentLoaded', function () {
	// a select marked data-autosubmit sends its form when it changes (the run form's job)
	document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
		select.addEventListener('change', function () { select.form.submit(); });
	});
	// a file input marked data-max-bytes says at once when a file is over the upload limit
	document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
		input.addEventListener('change', function () {
			var max = parseInt(input.getAttribute('data-max-bytes'), 10);
			var file = input.files && input.files[0];
			if (file && file.size > max) {
				window.alert('Tệp ' + file.name + ' lớn hơn giới hạn ' + Math.round(max / 1048576)
					+ ' MB: hãy chép nó vào thư mục inbox trên máy chủ.');
				input.value = '';
			}
		});
	});
});
