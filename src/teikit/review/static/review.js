// teikit review: the forms work without this file. With it, a decision is sent in place (the file's
// version in If-Match) and the answer replaces the page, so the editor keeps their place; and a
// click on a mention in the text brings its queue item into view.
"use strict";
document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !window.fetch) return;
  event.preventDefault();
  const body = new URLSearchParams(new FormData(form, event.submitter));
  const scroll = document.getElementById("queue")?.scrollTop ?? 0;
  let answer;
  try {
    answer = await fetch(form.getAttribute("action"), {  // form.action would be the button named "action"
      method: "POST", body, credentials: "same-origin",
      headers: { "If-Match": `"${document.body.dataset.version}"` },
    });
  } catch {
    const problem = document.createElement("p");
    problem.className = "problems";
    problem.setAttribute("role", "alert");
    problem.textContent = "The review server did not answer (is teikit review still running?). Nothing was saved.";
    document.querySelector("header")?.append(problem);
    return;
  }
  const page = new DOMParser().parseFromString(await answer.text(), "text/html");
  document.title = page.title;
  document.body.replaceWith(document.adoptNode(page.body));
  const queue = document.getElementById("queue");
  if (queue) queue.scrollTop = scroll;
});
document.addEventListener("click", (event) => {
  const mark = event.target.closest?.("mark.m");
  const item = mark?.dataset.item && document.getElementById(mark.dataset.item);
  if (!item) return;
  document.querySelectorAll(".current").forEach((el) => el.classList.remove("current"));
  item.classList.add("current");
  item.scrollIntoView({ block: "nearest" });
});
