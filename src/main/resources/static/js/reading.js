// The article's print button: shown only where script runs, since it is script that prints.
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () {
            window.print();
        });
    });
});

// Printing: the table of contents is printed open, as paper cannot be tapped.
window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.toc').forEach(function (toc) {
        toc.setAttribute('data-was-open', toc.open ? 'true' : 'false');
        toc.open = true;
    });
});
window.addEventListener('afterprint', function () {
    document.querySelectorAll('details.toc[data-was-open]').forEach(function (toc) {
        toc.open = toc.getAttribute('data-was-open') === 'true';
        toc.removeAttribute('data-was-open');
    });
});
