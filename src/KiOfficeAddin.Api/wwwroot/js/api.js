// Calls to the KiOfficeAddin API. Errors arrive as RFC 9457 problem details with German title/detail and a stable code.
import { authorizedFetch } from "./auth.js";

const base = "/api/v1";

/** An API answer that was not a success; carries the problem details when the server sent them. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? null;
    this.code = problem?.code ?? (status === 0 ? "network" : `http_${status}`);
  }
}

async function toApiError(response) {
  let problem = null;
  const type = response.headers.get("Content-Type") ?? "";
  if (type.includes("json")) {
    try { problem = await response.json(); } catch { problem = null; }
  }
  return new ApiError(response.status, problem);
}

async function send(path, { method = "GET", body, signal } = {}) {
  let response;
  try {
    response = await authorizedFetch(base + path, {
      method,
      signal,
      headers: body === undefined ? { Accept: "application/json" } : { Accept: "application/json", "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    throw await toApiError(response);
  }
  const type = response.headers.get("Content-Type") ?? "";
  return type.includes("json") ? response.json() : null;
}

export const getPolicy = () => send("/policy");
export const acknowledgePolicy = (body) => send("/policy/acknowledgement", { method: "POST", body });
export const getTemplates = () => send("/templates");
export const analyze = (text, channel, protectNames) =>
  send("/guard/analyze", { method: "POST", body: { text, channel, protectNames } });
export const checkPolicy = (body) => send("/policy/check", { method: "POST", body });
export const review = (id, body) => send(`/assist/${encodeURIComponent(id)}/review`, { method: "POST", body });

/**
 * Starts a generation and reports server-sent events: onDelta(text) for each piece, resolves with the `done` payload.
 * Problem details before streaming and `error` events reject with ApiError. Aborting the signal rejects with AbortError.
 */
export async function assist(request, { signal, onDelta }) {
  let response;
  try {
    response = await authorizedFetch(`${base}/assist`, {
      method: "POST",
      signal,
      // Problem details before the stream need their media type in Accept, or the server cannot write them.
      headers: { Accept: "text/event-stream, application/problem+json", "Content-Type": "application/json" },
      body: JSON.stringify(request),
    });
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    throw await toApiError(response);
  }
  const type = response.headers.get("Content-Type") ?? "";
  if (!type.includes("text/event-stream")) {
    // A server that answers with JSON instead of a stream: one delta with the whole text.
    const answer = await response.json();
    onDelta(answer.text ?? "");
    return answer;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value.replace(/\r\n?/g, "\n");
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = parseEvent(block);
      if (!event) continue;
      if (event.name === "delta") {
        onDelta(event.data?.text ?? "");
      } else if (event.name === "done") {
        return event.data;
      } else if (event.name === "error") {
        throw new ApiError(502, { code: event.data?.code ?? "stream_error", title: "Erzeugung abgebrochen", detail: event.data?.message });
      }
    }
  }
  throw new ApiError(502, { code: "stream_incomplete", title: "Verbindung unterbrochen", detail: "Die Antwort kam nicht vollständig an." });
}

function parseEvent(block) {
  let name = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") name = value;
    else if (field === "data") data.push(value);
  }
  if (data.length === 0) return null;
  try {
    return { name, data: JSON.parse(data.join("\n")) };
  } catch {
    return null;
  }
}
