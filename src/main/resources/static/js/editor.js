// The editors' article form: reference rows, image insertion, and upload answers that explain a refusal.
(function () {
    function body() {
        return document.getElementById('bodyMarkdown');
    }

    document.addEventListener('click', function (event) {
        var remove = event.target.closest('[data-remove-reference]');
        if (remove) {
            rowRemoved(remove.closest('.reference-row'));
            return;
        }
        var pick = event.target.closest('[data-pick-cover]');
        if (pick) {
            showCover(pick.getAttribute('data-pick-cover'), pick.getAttribute('data-cover-src'),
                pick.getAttribute('data-cover-alt'));
            document.querySelectorAll('[data-pick-cover]').forEach(function (choice) {
                choice.setAttribute('aria-pressed', choice === pick ? 'true' : 'false');
            });
            return;
        }
        if (event.target.closest('[data-remove-cover]')) {
            showCover('', '', '');
            var choose = document.getElementById('choose-cover');
            if (choose) {
                choose.focus();
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

    // The cover: a hidden number the server checks, shown as the image with its alt text.
    function showCover(id, src, alt) {
        var field = document.getElementById('coverImageId');
        if (!field) {
            return;
        }
        field.value = id;
        field.dispatchEvent(new Event('input', {bubbles: true}));
        var chosen = document.getElementById('cover-chosen');
        var image = document.getElementById('cover-thumbnail');
        if (image) {
            image.src = src || '';
            image.alt = alt || '';
        }
        var words = document.getElementById('cover-alt');
        if (words) {
            words.textContent = alt || '';
        }
        var number = document.getElementById('cover-number');
        if (number) {
            number.textContent = id ? '#' + id : '';
        }
        if (chosen) {
            chosen.hidden = !id;
        }
        var none = document.getElementById('cover-none');
        if (none) {
            none.hidden = !!id;
        }
        var remove = document.getElementById('remove-cover');
        if (remove) {
            remove.hidden = !id;
        }
    }

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

    // References: the fields each kind prints, moving rows (drag or the up/down buttons) with the
    // body's citation numbers following, and completing a row from its DOI or PMID.
    function csrfHeaders() {
        var header = document.querySelector('meta[name="_csrf_header"]');
        var token = document.querySelector('meta[name="_csrf"]');
        var headers = {'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'};
        if (header && token) {
            headers[header.content] = token.content;
        }
        return headers;
    }

    function rows() {
        return Array.prototype.slice.call(document.querySelectorAll('#references .reference-row'));
    }

    function showFieldsForKind(row) {
        var select = row.querySelector('[data-reference-type]');
        var kind = select ? select.value : 'J';
        row.setAttribute('data-ref-type', kind);
        row.querySelectorAll('[data-show-for]').forEach(function (group) {
            var wanted = group.getAttribute('data-show-for').split(' ').indexOf(kind) >= 0;
            var filled = Array.prototype.some.call(group.querySelectorAll('input'), function (input) {
                return input.value.trim() !== '';
            });
            group.hidden = !wanted && !filled;
        });
    }

    function numberRows() {
        rows().forEach(function (row, index) {
            row.setAttribute('data-position', String(index + 1));
            showFieldsForKind(row);
        });
    }

    var announcer = document.createElement('p');
    announcer.className = 'visually-hidden';
    announcer.setAttribute('aria-live', 'polite');
    document.addEventListener('DOMContentLoaded', function () {
        var list = document.getElementById('references');
        if (list) {
            list.parentNode.insertBefore(announcer, list);
            numberRows();
        }
    });
    document.addEventListener('htmx:afterSwap', function (event) {
        if (event.detail.target && event.detail.target.id === 'references') {
            numberRows();
        }
    });
    document.addEventListener('change', function (event) {
        if (event.target.matches('[data-reference-type]')) {
            showFieldsForKind(event.target.closest('.reference-row'));
        }
    });

    // After rows changed places: the body's citations follow, renumbered on the server by the
    // same reading of citation markers as the preview's.
    function rowsMoved(from, to) {
        var order = rows().map(function (row) { return row.getAttribute('data-position'); });
        var area = body();
        var list = document.getElementById('references');
        var done = function () {
            numberRows();
            document.body.dispatchEvent(new CustomEvent('references-changed'));
            var template = list ? list.getAttribute('data-moved-message') : null;
            if (template && from !== to) {
                announcer.textContent = template.replace('{0}', from).replace('{1}', to);
            }
        };
        if (!area || order.every(function (n, i) { return n === String(i + 1); })) {
            done();
            return;
        }
        var data = 'order=' + encodeURIComponent(order.join(',')) + '&bodyMarkdown=' + encodeURIComponent(area.value);
        fetch(list.getAttribute('data-renumber-url'), {method: 'POST', headers: csrfHeaders(), body: data,
            credentials: 'same-origin'})
            .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
            .then(function (text) {
                area.value = text;
                area.dispatchEvent(new Event('input', {bubbles: true}));
                done();
            })
            .catch(function () { done(); });
    }

    // A removed row: the rest close up and the body's citations follow; markers of the removed
    // reference are pointed past the list (the preview names them) and the form says which.
    function rowRemoved(row) {
        var removed = row.getAttribute('data-position');
        row.remove();
        var area = body();
        var list = document.getElementById('references');
        var warning = document.getElementById('references-warning');
        var done = function () {
            numberRows();
            document.body.dispatchEvent(new CustomEvent('references-changed'));
        };
        if (!area || !list || !removed) {
            done();
            return;
        }
        var order = rows().map(function (kept) { return kept.getAttribute('data-position'); });
        var data = 'order=' + encodeURIComponent(order.join(',')) + '&removed=' + encodeURIComponent(removed)
            + '&bodyMarkdown=' + encodeURIComponent(area.value);
        fetch(list.getAttribute('data-renumber-url'), {method: 'POST', headers: csrfHeaders(), body: data,
            credentials: 'same-origin'})
            .then(function (response) {
                return response.ok ? response.text().then(function (text) {
                    return {text: text, cited: response.headers.get('X-Cited-Removed')};
                }) : Promise.reject(response.status);
            })
            .then(function (answer) {
                area.value = answer.text;
                area.dispatchEvent(new Event('input', {bubbles: true}));
                if (warning) {
                    var template = list.getAttribute('data-cited-removed-message');
                    warning.textContent = answer.cited && template ? template.replace('{0}', answer.cited) : '';
                    warning.hidden = !answer.cited;
                }
                done();
            })
            .catch(function () { done(); });
    }

    document.addEventListener('click', function (event) {
        var move = event.target.closest('[data-move-reference]');
        if (move) {
            var row = move.closest('.reference-row');
            var from = rows().indexOf(row) + 1;
            if (move.getAttribute('data-move-reference') === 'up' && row.previousElementSibling) {
                row.parentNode.insertBefore(row, row.previousElementSibling);
            } else if (move.getAttribute('data-move-reference') === 'down' && row.nextElementSibling) {
                row.parentNode.insertBefore(row.nextElementSibling, row);
            }
            move.focus();
            rowsMoved(from, rows().indexOf(row) + 1);
            return;
        }
        var lookup = event.target.closest('[data-lookup-reference]');
        if (lookup) {
            var target = lookup.closest('.reference-row');
            var fields = [];
            target.querySelectorAll('input[name], select[name], textarea[name]').forEach(function (input) {
                fields.push(encodeURIComponent(input.name) + '=' + encodeURIComponent(input.value));
            });
            lookup.disabled = true;
            fetch(lookup.getAttribute('data-lookup-reference'), {method: 'POST', headers: csrfHeaders(),
                body: fields.join('&'), credentials: 'same-origin'})
                .then(function (response) { return response.text(); })
                .then(function (html) {
                    var holder = document.createElement('div');
                    holder.innerHTML = html.trim();
                    var fresh = holder.firstElementChild;
                    if (fresh && fresh.classList.contains('reference-row')) {
                        target.replaceWith(fresh);
                        if (window.htmx) {
                            window.htmx.process(fresh);
                        }
                        numberRows();
                        document.body.dispatchEvent(new CustomEvent('references-changed'));
                        var button = fresh.querySelector('[data-lookup-reference]');
                        if (button) {
                            button.focus();
                        }
                    }
                })
                .catch(function () { lookup.disabled = false; });
        }
    });

    // Dragging a row by its handle to another place in the list.
    var dragged = null;
    var draggedFrom = 0;
    document.addEventListener('dragstart', function (event) {
        var handle = event.target.closest && event.target.closest('.drag-handle');
        var row = handle && handle.closest('.reference-row');
        if (!row) {
            return;
        }
        dragged = row;
        draggedFrom = rows().indexOf(row) + 1;
        row.classList.add('dragging');
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', String(draggedFrom));
    });
    document.addEventListener('dragover', function (event) {
        var over = dragged && event.target.closest && event.target.closest('.reference-row');
        if (!over || over === dragged) {
            return;
        }
        event.preventDefault();
        var box = over.getBoundingClientRect();
        var after = event.clientY > box.top + box.height / 2;
        over.parentNode.insertBefore(dragged, after ? over.nextElementSibling : over);
    });
    document.addEventListener('drop', function (event) {
        if (dragged) {
            event.preventDefault();
        }
    });
    document.addEventListener('dragend', function () {
        if (!dragged) {
            return;
        }
        var row = dragged;
        dragged = null;
        row.classList.remove('dragging');
        rowsMoved(draggedFrom, rows().indexOf(row) + 1);
    });
})();
