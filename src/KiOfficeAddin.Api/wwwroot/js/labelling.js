// How an AI label (the server's AiLabel: text, digitalSourceType, model, policyVersion, createdAt, reviewStatus,
// reviewedByRole?, reviewedAt?) becomes Word document properties, a content-control title and the Outlook header.
// Mirrors KiOfficeAddin.Office.OfficeLabelProperties so add-in and server write the same names.

export const contentControlTag = "ki-unterstuetzt";
export const mailHeader = "X-KI-Unterstuetzt";

/** IPTC digital source types: the user's text rephrased by a model, or new text written by a model from key points. */
export const iptcOrigin = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia";
export const iptcGenerated = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia";

/** Custom document property names the pane writes; restoring the original removes exactly these. */
export const propertyNames = ["KI.Herkunft", "KI.Modell", "KI.Richtlinienversion", "KI.Erstellt", "KI.Pruefstatus", "KI.GeprueftVonRolle", "KI.GeprueftAm"];

const toMinute = (time) => {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : `${date.toISOString().slice(0, 16)}Z`;
};

/** The label to write: the server's label, completed where a field is missing (review confirmed in the pane only). */
export function completeLabel(label, { reviewed, role, origin, model, policyVersion, now = new Date() }) {
  const complete = {
    text: label?.text ?? "Dieser Text wurde mit KI-Unterstützung erstellt und von der Sachbearbeitung geprüft.",
    digitalSourceType: label?.digitalSourceType ?? origin ?? iptcOrigin,
    model: label?.model ?? model ?? "unbekannt",
    policyVersion: label?.policyVersion ?? policyVersion ?? "unbekannt",
    createdAt: label?.createdAt ?? now.toISOString(),
    reviewStatus: label?.reviewStatus ?? "pending",
    reviewedByRole: label?.reviewedByRole ?? null,
    reviewedAt: label?.reviewedAt ?? null,
  };
  if (reviewed && complete.reviewStatus !== "reviewed") {
    complete.reviewStatus = "reviewed";
    complete.reviewedByRole = role;
    complete.reviewedAt = now.toISOString();
  }
  return complete;
}

export const contentControlTitle = (label) =>
  label.reviewStatus === "reviewed" ? "KI-unterstützt erstellt – geprüft" : "KI-unterstützt erstellt – Entwurf, bitte prüfen";

/** Word custom document properties as [name, value] pairs; review fields only once reviewed. */
export function documentProperties(label) {
  const properties = [
    ["KI.Herkunft", label.digitalSourceType],
    ["KI.Modell", label.model],
    ["KI.Richtlinienversion", label.policyVersion],
    ["KI.Erstellt", toMinute(label.createdAt)],
    ["KI.Pruefstatus", label.reviewStatus],
  ];
  if (label.reviewedByRole) properties.push(["KI.GeprueftVonRolle", label.reviewedByRole]);
  if (label.reviewedAt) properties.push(["KI.GeprueftAm", toMinute(label.reviewedAt)]);
  return properties;
}

// Printable ASCII without ; % =, everything else percent-encoded as UTF-8 (RFC 5322 header field body).
function headerSafe(value) {
  let safe = "";
  for (const byte of new TextEncoder().encode(String(value))) {
    safe += byte >= 0x21 && byte <= 0x7e && byte !== 0x3b && byte !== 0x25 && byte !== 0x3d
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return safe;
}

/** The value of the X-KI-Unterstuetzt header, as OfficeLabelProperties.MailHeaderValue writes it. */
export function mailHeaderValue(label) {
  let value = `source=${headerSafe(label.digitalSourceType)}; model=${headerSafe(label.model)}; policy=${headerSafe(label.policyVersion)}`
    + `; created=${toMinute(label.createdAt)}; review=${label.reviewStatus}`;
  if (label.reviewedByRole) value += `; role=${headerSafe(label.reviewedByRole)}`;
  if (label.reviewedAt) value += `; reviewed=${toMinute(label.reviewedAt)}`;
  return value;
}
