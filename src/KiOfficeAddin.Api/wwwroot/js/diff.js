// Word-level diff of the original and the suggestion (longest common subsequence over words and whitespace).

const maxCells = 4_000_000; // about 2,000 × 2,000 tokens; beyond that the pane shows both texts without markup

function tokenize(text) {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Returns [{op: "same"|"insert"|"delete", text}] or null when the texts are too long to compare here. */
export function diffWords(before, after) {
  const a = tokenize(before);
  const b = tokenize(after);
  if ((a.length + 1) * (b.length + 1) > maxCells) return null;
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j]
        ? lengths[(i + 1) * width + j + 1] + 1
        : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const parts = [];
  const push = (op, text) => {
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { push("same", a[i]); i++; j++; }
    else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) { push("delete", a[i]); i++; }
    else { push("insert", b[j]); j++; }
  }
  while (i < a.length) push("delete", a[i++]);
  while (j < b.length) push("insert", b[j++]);
  return parts;
}

function hiddenText(text) {
  const span = document.createElement("span");
  span.className = "visually-hidden";
  span.textContent = text;
  return span;
}

function marked(tag, text, spoken) {
  const element = document.createElement(tag);
  element.append(hiddenText(`[${spoken}: `), text, hiddenText("]"));
  return element;
}

/** Renders the diff into container, inline (ins/del in one text) or side by side (original | suggestion). */
export function renderDiff(container, before, after, sideBySide) {
  container.replaceChildren();
  container.classList.toggle("side-by-side", sideBySide);
  const parts = diffWords(before, after) ?? [{ op: "delete", text: before }, { op: "insert", text: after }];
  if (!sideBySide) {
    for (const part of parts) {
      if (part.op === "same") container.append(part.text);
      else if (part.op === "insert") container.append(marked("ins", part.text, "eingefügt"));
      else container.append(marked("del", part.text, "entfernt"));
    }
    return;
  }
  const left = document.createElement("div");
  const right = document.createElement("div");
  const heading = (text) => { const h = document.createElement("h4"); h.textContent = text; return h; };
  left.append(heading("Original"));
  right.append(heading("Vorschlag"));
  for (const part of parts) {
    if (part.op !== "insert") left.append(part.op === "same" ? part.text : marked("del", part.text, "entfernt"));
    if (part.op !== "delete") right.append(part.op === "same" ? part.text : marked("ins", part.text, "eingefügt"));
  }
  container.append(left, right);
}
