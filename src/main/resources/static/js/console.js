// kt1-batch console: a little behaviour, no build step (the content security policy allows no inline script).
document.addEventListener('DOMContentLoaded', function () {
	// a select marked data-autosubmit sends its form when it changes (the run form's job)
	document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
		select.addEventListener('change', function () { select.form.submit(); });
	});
});
