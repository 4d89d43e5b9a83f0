// The review page: keyboard shortcuts (never while typing in a field) and a photo that can be
// zoomed and rotated with CSS transforms. Loaded as a file: the CSP allows no inline script.
(function () {
    "use strict";
    var image = document.getElementById("licence-photo-image");
    var tools = document.querySelector(".photo-tools");
    var zoom = 1;
    var turn = 0;

    function apply() {
        if (!image) {
            return;
        }
        image.style.transform = "scale(" + zoom + ") rotate(" + turn + "deg)";
        image.classList.toggle("transformed", zoom !== 1 || turn !== 0);
    }

    function photo(action) {
        if (action === "zoom-in") {
            zoom = Math.min(4, zoom + 0.25);
        } else if (action === "zoom-out") {
            zoom = Math.max(0.5, zoom - 0.25);
        } else if (action === "rotate") {
            turn = (turn + 90) % 360;
        } else if (action === "reset") {
            zoom = 1;
            turn = 0;
        }
        apply();
    }

    if (tools && image) {
        tools.hidden = false;
        tools.addEventListener("click", function (event) {
            var button = event.target.closest("[data-photo]");
            if (button) {
                photo(button.getAttribute("data-photo"));
            }
        });
    }

    function typing(target) {
        if (!target) {
            return false;
        }
        var tag = target.tagName;
        return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
    }

    function follow(id) {
        var link = document.getElementById(id);
        if (link) {
            window.location.assign(link.href);
        }
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typing(event.target)) {
            return;
        }
        var key = event.key;
        if (key === "a" || key === "A") {
            var approve = document.getElementById("approve-form");
            if (approve) {
                event.preventDefault();
                approve.requestSubmit();
            }
        } else if (key === "x" || key === "X") {
            var reason = document.querySelector(".reject-form input[name=field], .reject-form input, .reject-form textarea");
            if (reason) {
                event.preventDefault();
                reason.focus();
                reason.scrollIntoView({block: "center"});
            }
        } else if (key === "j" || key === "J") {
            follow("review-next");
        } else if (key === "k" || key === "K") {
            follow("review-previous");
        } else if (key === "+" || key === "=") {
            photo("zoom-in");
        } else if (key === "-") {
            photo("zoom-out");
        } else if (key === "r" || key === "R") {
            photo("rotate");
        }
    });
})();
