// How an AI label becomes Word document properties and an Outlook header (names as in KiOfficeAddin.Office's
// OfficeLabelProperties). The server's label is authoritative; fields it does not send get a safe default.

export const contentControlTag = "ki-unterstuetzt";
export const contentControlTitle = "KI-unterstützt erstellt";
export const mailHeader = "X-KI-Unterstuetzt";
/** IPTC digital source types: the user's text rephrased by a model, or new text written by a model. */
export const iptcOrigin = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";
export const iptcGenerated = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

/** Custom document property names written by the pane; restore removes exactly these. */
export const propertyNames = ["KI-Herkunft", "KI-Modell", "KI-Datum", "KI-Pruefstatus", "KI-Richtlinienversion", "KI-Kennung"];

function field(label, ...names) {
  for (const name of names) {
    const value = label?.[name];
    if (value !== undefined && value !== null && value !== "") return String(value);
  }
  return null;
}

/** The label values the pane writes, from the server's label plus the review the user confirmed. */
export function labelValues(label, { id, reviewed, policyVersion, now = new Date() }) {
  return {
    origin: field(label, "digitalSourceType", "origin", "sourceType") ?? iptcOrigin,
    model: field(label, "model", "modelName") ?? "unbekannt",
    date: field(label, "createdAt", "generatedAt", "date", "timestamp") ?? now.toISOString(),
    reviewStatus: field(label, "reviewStatus") ?? (reviewed ? "reviewed" : "unreviewed"),
    policyVersion: field(label, "policyVersion") ?? policyVersion ?? "unbekannt",
    id: field(label, "id") ?? id ?? "",
  };
}

/** Word custom document properties as [name, value] pairs. */
export function documentProperties(values) {
  return [
    ["KI-Herkunft", values.origin],
    ["KI-Modell", values.model],
    ["KI-Datum", values.date],
    ["KI-Pruefstatus", values.reviewStatus],
    ["KI-Richtlinienversion", values.policyVersion],
    ["KI-Kennung", values.id],
  ];
}

/** The value of the X-KI-Unterstuetzt header: key=value pairs, ASCII only (RFC 5322 header field). */
export function mailHeaderValue(values) {
  const ascii = (text) => text.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/;/g, ",");
  return [
    `origin=${ascii(values.origin)}`,
    `model=${ascii(values.model)}`,
    `date=${ascii(values.date)}`,
    `review=${ascii(values.reviewStatus)}`,
    `policy=${ascii(values.policyVersion)}`,
    `id=${ascii(values.id)}`,
  ].join("; ");
}
