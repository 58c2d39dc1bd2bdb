const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  document.body.textContent = event.data;
  document.body.dataset.verdict = event.data;
};
