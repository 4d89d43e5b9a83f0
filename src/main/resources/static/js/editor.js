// The editors' article form: reference rows, image insertion, and upload answers that explain a refusal.
(function () {
    function body() {
        return document.getElementById('bodyMarkdown');
    }

    document.addEventListener('click', function (event) {
        var remove = event.target.closest('[data-remove-reference]');
        if (remove) {
            remove.closest('.reference-row').remove();
            document.body.dispatchEvent(new CustomEvent('references-changed'));
            return;
        }
        var pick = event.target.closest('[data-pick-cover]');
        if (pick) {
            var cover = document.getElementById('coverImageId');
            if (cover) {
                cover.value = pick.getAttribute('data-pick-cover');
                cover.dispatchEvent(new Event('input', {bubbles: true}));
                document.querySelectorAll('[data-pick-cover]').forEach(function (choice) {
                    choice.setAttribute('aria-pressed', choice === pick ? 'true' : 'false');
                });
            }
            return;
        }
        var insert = event.target.closest('[data-insert-markdown]');
        if (insert && body()) {
            var area = body();
            var text = insert.getAttribute('data-insert-markdown');
            var at = area.selectionStart || area.value.length;
            var before = area.value.slice(0, at);
            var glue = before === '' || before.endsWith('\n\n') ? '' : (before.endsWith('\n') ? '\n' : '\n\n');
            area.value = before + glue + text + '\n\n' + area.value.slice(at);
            area.dispatchEvent(new Event('input', {bubbles: true}));
            area.focus();
        }
    });

    // A refused upload answers 413 or 422 with a message meant for the page.
    document.addEventListener('htmx:beforeSwap', function (event) {
        var status = event.detail.xhr.status;
        if (status >= 400 && status < 500 && event.detail.elt.closest('[data-swap-errors]')) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });

    // Edits not yet saved: the browser asks before the page is left, and publishing says that
    // it publishes the last saved version, not what the form holds now.
    function markUnsaved(event) {
        if (event.target.closest('#article-form')) {
            document.documentElement.setAttribute('data-unsaved', '');
        }
    }
    document.addEventListener('input', markUnsaved);
    document.addEventListener('change', markUnsaved);
    document.body.addEventListener('references-changed', function () {
        document.documentElement.setAttribute('data-unsaved', '');
    });
    document.addEventListener('submit', function (event) {
        if (event.target.id === 'article-form' && !event.defaultPrevented) {
            document.documentElement.removeAttribute('data-unsaved');
        }
    });
    window.addEventListener('beforeunload', function (event) {
        if (document.documentElement.hasAttribute('data-unsaved')) {
            event.preventDefault();
            event.returnValue = '';
        }
    });

    document.addEventListener('htmx:afterRequest', function (event) {
        if (event.detail.elt.id === 'parse-reference' && event.detail.successful) {
            var line = document.getElementById('reference-line');
            if (line) {
                line.value = '';
            }
        }
    });
})();
