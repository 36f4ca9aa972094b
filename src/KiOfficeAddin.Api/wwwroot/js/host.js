// Finds out where the pane runs (Word, Outlook read/compose, or a plain browser) and returns a host with one shape:
// { kind, name, channel, sourceHint, loadLabel?, supports: {trackChanges, comment, restore}, readSource(), insert(), restore?() }.

const officeJsUrl = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeTimeoutMs = 5000;

/** A failure in the document or mail, with a German message that says what to do. */
export class HostError extends Error {
  constructor(title, detail) {
    super(title);
    this.title = title;
    this.detail = detail;
  }
}

function loadScript(url, timeoutMs) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    const timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
    script.src = url;
    script.onload = () => { clearTimeout(timer); resolve(); };
    script.onerror = () => { clearTimeout(timer); reject(new Error("unavailable")); };
    document.head.append(script);
  });
}

function withTimeout(promise, timeoutMs) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), timeoutMs))]);
}

export async function detectHost() {
  try {
    await loadScript(officeJsUrl, officeTimeoutMs);
    const info = await withTimeout(Office.onReady(), officeTimeoutMs);
    if (info?.host === Office.HostType.Word) {
      return (await import("./word-host.js")).createWordHost();
    }
    if (info?.host === Office.HostType.Outlook) {
      return (await import("./outlook-host.js")).createOutlookHost();
    }
  } catch {
    // Office.js unreachable or no Office host: the pane still works as a browser preview.
  }
  return (await import("./browser-host.js")).createBrowserHost();
}
