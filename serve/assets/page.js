// The page of "extract serve": sends the pasted text to /v1/extract, asks
// for the html format, and shows the sections of the returned page (their
// style sheets included) under the form.
"use strict";

const form = document.getElementById("extract-form");
const status = document.getElementById("status");
const result = document.getElementById("result");
const button = document.getElementById("extract");

function say(text, isError) {
  status.textContent = text;
  status.className = isError ? "error" : "";
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const body = JSON.stringify({
    id: document.getElementById("doc-id").value.trim() || "pasted article",
    text: document.getElementById("text").value,
    dct: document.getElementById("dct").value,
  });
  button.disabled = true;
  say("Extracting…", false);
  try {
    const resp = await fetch("v1/extract", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "text/html" },
      body,
    });
    if (!resp.ok) {
      const err = await resp.json().catch(() => ({ error: resp.statusText }));
      say(`Error ${resp.status}: ${err.error}`, true);
      return;
    }
    const page = new DOMParser().parseFromString(await resp.text(), "text/html");
    const nodes = [...page.head.querySelectorAll("style"), ...page.body.children];
    result.replaceChildren(...nodes.map((n) => document.importNode(n, true)));
    const marks = result.querySelectorAll("mark").length;
    say(`${marks} entities`, false);
  } catch (err) {
    say(`Error: ${err.message}`, true);
  } finally {
    button.disabled = false;
  }
});
