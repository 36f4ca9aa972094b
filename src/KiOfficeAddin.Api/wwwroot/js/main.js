// The task pane flow: rules → source text → Leitfaden/tone/data class → Prüfen → Erzeugen (streamed) → diff and
// notices → review confirmation → Übernehmen. The user's text stays in the text area whatever fails.
import * as api from "./api.js";
import { ApiError } from "./api.js";
import { detectHost, HostError } from "./host.js";
import { renderDiff } from "./diff.js";
import { completeLabel, iptcGenerated } from "./labelling.js";
import { categoryNames, specialCategoryNames, defaultDataClasses, fallbackTemplates, toneName, pluralCategory } from "./vocabulary.js";

const $ = (id) => document.getElementById(id);
const reviewConfirmation = "Ich habe den Text geprüft und übernehme ihn";

const state = {
  host: null,
  policy: null,
  templates: [],
  generation: null, // { controller } while streaming
  result: null, // { id, source, text, label, notices, protectedEntities, readability }
  reviewed: false,
  retry: null,
};

function announce(text) {
  // Clear first so that repeating the same message is announced again.
  $("announcer").textContent = "";
  setTimeout(() => { $("announcer").textContent = text; }, 50);
}

function show(id, visible = true) {
  $(id).hidden = !visible;
}

// ---------- errors ----------

function nextStepFor(error) {
  if (error instanceof HostError) return "";
  const code = error.code ?? "";
  switch (true) {
    case error.status === 0: return "Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.";
    case error.status === 401: return "Bitte schließen Sie den Aufgabenbereich und öffnen Sie ihn erneut, um sich anzumelden.";
    case code === "no_model_configured": return "Es ist noch kein KI-Modell freigegeben. Bitte wenden Sie sich an die IT.";
    case error.status === 403 && /literacy|kompetenz|acknowledg/i.test(code):
      return "Schließen Sie die Schulung „KI-Kompetenz“ ab oder bestätigen Sie oben die Regeln und versuchen Sie es dann erneut.";
    case error.status === 403 || error.status === 422:
      return "Passen Sie den Text oder die Datenklasse an (zum Beispiel ohne besondere Kategorien personenbezogener Daten) oder wenden Sie sich an die Datenschutzkoordination.";
    case error.status === 404: return "Diese Funktion ist auf dem Server noch nicht eingerichtet. Bitte wenden Sie sich an die IT.";
    case error.status === 413: return "Bitte wählen Sie einen kürzeren Abschnitt aus.";
    case error.status === 429: return "Bitte warten Sie einen Moment und versuchen Sie es erneut.";
    case error.status >= 500: return "Das KI-Modell oder der Server antwortet gerade nicht. Versuchen Sie es in einigen Minuten erneut.";
    default: return "Bitte versuchen Sie es erneut.";
  }
}

function showError(error, retry) {
  const problem = error instanceof ApiError ? error.problem : null;
  let title = error instanceof HostError ? error.title : problem?.title;
  let detail = error instanceof HostError ? error.detail : problem?.detail;
  if (!title) {
    title = error instanceof ApiError && error.status === 0 ? "Keine Verbindung zum Server" : "Es ist ein Fehler aufgetreten";
  }
  if (!detail) {
    detail = error instanceof ApiError && error.status === 0
      ? "Der Server ist nicht erreichbar."
      : "Die Aktion konnte nicht abgeschlossen werden.";
  }
  $("error-title").textContent = title;
  $("error-detail").textContent = detail;
  $("error-next").textContent = `${nextStepFor(error)} Ihr Text bleibt erhalten.`.trim();
  state.retry = retry;
  show("retry", Boolean(retry));
  show("error");
}

function clearError() {
  show("error", false);
  state.retry = null;
}

async function guarded(action, retry) {
  clearError();
  try {
    await action();
  } catch (error) {
    if (error?.name === "AbortError") return;
    showError(error, retry ?? (() => guarded(action, retry)));
  }
}

// ---------- policy ----------

function textOf(rule) {
  return typeof rule === "string" ? rule : rule?.text ?? rule?.title ?? rule?.description ?? "";
}

const literacyTexts = {
  trained: "KI-Kompetenz: Schulungsnachweis liegt vor.",
  acknowledged: "KI-Kompetenz: Regeln bestätigt.",
  expired: "KI-Kompetenz: Der Schulungsnachweis ist abgelaufen.",
  missing: "KI-Kompetenz: Schulungsnachweis fehlt.",
};

function listItem(text) {
  return Object.assign(document.createElement("li"), { textContent: text });
}

function renderPolicy() {
  const policy = state.policy;
  const literacy = $("literacy");
  if (!policy) {
    literacy.textContent = "KI-Kompetenz: Der Status ist derzeit nicht abrufbar; der Server prüft ihn bei jeder Anfrage.";
    show("acknowledge", false);
    return;
  }
  if (policy.title) $("policy-title").textContent = policy.title;
  const rules = (policy.rules ?? []).map(textOf).filter(Boolean);
  if (rules.length > 0) {
    // Three rules stay visible; the rest fold away so the pane keeps room for the text.
    const list = $("policy-rules");
    list.replaceChildren(...rules.slice(0, 3).map(listItem));
    if (rules.length > 3) {
      const more = document.createElement("details");
      const summary = document.createElement("summary");
      summary.textContent = `Alle ${rules.length} Regeln anzeigen`;
      const rest = document.createElement("ul");
      rest.className = "rules";
      rest.append(...rules.slice(3).map(listItem));
      more.append(summary, rest);
      $("policy-more").replaceChildren(more);
    }
  }
  const user = policy.user ?? {};
  const status = user.literacy ?? (user.trained ? "trained" : user.acknowledged ? "acknowledged" : null);
  const blocked = user.mayGenerate === false;
  literacy.classList.toggle("missing", blocked);
  literacy.textContent = literacyTexts[status] ?? "KI-Kompetenz: wird bei jeder Anfrage geprüft.";
  if (status === "trained" && user.trainingValidUntil) {
    literacy.textContent = `KI-Kompetenz: Schulungsnachweis liegt vor (gültig bis ${new Date(user.trainingValidUntil).toLocaleDateString("de-DE")}).`;
  }
  const training = (policy.links ?? []).find((link) => /schulung|training|kompetenz|learning/i.test(`${link.id} ${link.title}`));
  if (blocked && training) {
    literacy.append(" ", Object.assign(document.createElement("a"), { href: training.url, textContent: training.title, target: "_blank", rel: "noopener" }));
  }
  show("acknowledge", blocked && user.canAcknowledge === true);
  const classes = policy.dataClasses;
  if (Array.isArray(classes) && classes.length > 0) {
    fillDataClasses(classes.map((c) => (typeof c === "string" ? { id: c, title: c } : { id: c.id, title: c.name ?? c.title ?? c.id })));
  }
}

async function loadPolicy() {
  try {
    state.policy = await api.getPolicy();
  } catch (error) {
    // 404 until the policy endpoint is deployed; any other failure must not block writing either.
    state.policy = null;
    if (!(error instanceof ApiError && error.status === 404)) {
      console.warn("policy unavailable", error.code);
    }
  }
  renderPolicy();
}

async function acknowledge() {
  await guarded(async () => {
    await api.acknowledgePolicy({ policyVersion: state.policy?.version ?? null });
    await loadPolicy();
    announce("Regeln bestätigt. Sie können den KI-Assistenten nutzen.");
    $("source-text").focus();
  });
}

// ---------- templates and options ----------

function fillDataClasses(classes) {
  const select = $("data-class");
  const current = select.value;
  select.replaceChildren(...classes.map((c) => new Option(c.title, c.id)));
  if (classes.some((c) => c.id === current)) select.value = current;
}

function selectedTemplate() {
  return state.templates.find((t) => t.id === $("template").value) ?? state.templates[0];
}

function onTemplateChange() {
  const template = selectedTemplate();
  if (!template) return;
  $("template-description").textContent = template.description ?? "";
  const tones = template.tones ?? [];
  $("tone").replaceChildren(...(tones.length ? tones.map((tone) => new Option(toneName(tone), tone)) : [new Option("wie im Leitfaden", "")]));
  $("tone").disabled = tones.length === 0;
  if (template.defaultTone && tones.includes(template.defaultTone)) $("tone").value = template.defaultTone;
  // A reply is written from the clerk's key points; the server refuses a reply without them.
  const keyPoints = template.id === "reply";
  $("instructions-label").textContent = keyPoints ? "Stichpunkte für die Antwort (erforderlich)" : "Zusätzliche Hinweise (optional)";
  $("instructions").required = keyPoints;
  if (template.defaultDataClass && [...$("data-class").options].some((o) => o.value === template.defaultDataClass)) {
    $("data-class").value = template.defaultDataClass;
  }
}

async function loadTemplates() {
  try {
    const templates = await api.getTemplates();
    state.templates = Array.isArray(templates) && templates.length > 0 ? templates : fallbackTemplates;
  } catch {
    state.templates = fallbackTemplates;
  }
  const allowed = state.policy?.user?.allowedUseCases;
  if (Array.isArray(allowed) && allowed.length > 0 && state.templates.some((t) => allowed.includes(t.id))) {
    state.templates = state.templates.filter((t) => allowed.includes(t.id));
  }
  $("template").replaceChildren(...state.templates.map((t) => new Option(t.title, t.id)));
  const preferred = state.host?.defaultTemplate && state.templates.find((t) => t.id === state.host.defaultTemplate || t.id.includes(state.host.defaultTemplate));
  if (preferred) $("template").value = preferred.id;
  onTemplateChange();
}

// ---------- source ----------

async function loadSource() {
  await guarded(async () => {
    const text = await state.host.readSource();
    $("source-text").value = text;
    resetResult();
    announce("Text geladen.");
  });
}

function sourceText() {
  const text = $("source-text").value;
  if (!text.trim()) {
    throw new HostError("Kein Text", state.host?.loadLabel
      ? `Bitte wählen Sie „${state.host.loadLabel}“ oder geben Sie einen Text ein.`
      : "Bitte geben Sie einen Text ein.");
  }
  return text;
}

// ---------- Prüfen ----------

function renderHighlighted(text, entities) {
  const box = $("highlighted");
  box.replaceChildren();
  let position = 0;
  for (const entity of [...entities].sort((a, b) => a.start - b.start)) {
    if (entity.start < position || entity.end > text.length) continue;
    box.append(text.slice(position, entity.start));
    const mark = document.createElement("mark");
    mark.className = `pii pii-${entity.category}`;
    const tag = document.createElement("span");
    tag.className = "pii-tag";
    tag.textContent = `(${categoryNames[entity.category] ?? entity.category})`;
    mark.append(text.slice(entity.start, entity.end), tag);
    box.append(mark);
    position = entity.end;
  }
  box.append(text.slice(position));
}

function readabilityText(readability) {
  if (!readability) return "";
  if (typeof readability === "string") return `Lesbarkeit: ${readability}`;
  const score = readability.fleschAmstad ?? readability.fleschReadingEase ?? readability.fre ?? readability.score;
  const wiener = readability.wienerSachtextformel ?? readability.wstf ?? readability.wiener;
  const verdict = readability.assessment ?? readability.label ?? "";
  const parts = [];
  if (typeof score === "number") parts.push(`Flesch (Amstad) ${score.toFixed(0)}${verdict ? ` – ${verdict}` : ""}`);
  else if (verdict) parts.push(String(verdict));
  if (typeof wiener === "number") parts.push(`Wiener Sachtextformel ${wiener.toFixed(1).replace(".", ",")} (Schulstufe)`);
  return parts.length ? `Lesbarkeit: ${parts.join(" · ")}` : "";
}

/** The "Weitere Namen schützen" field as a list; undefined when empty so requests stay as they were. */
function protectNames() {
  const names = $("protect-names").value.split(",").map((name) => name.trim()).filter((name) => name.length > 0);
  return names.length ? names : undefined;
}

async function check() {
  await guarded(async () => {
    const text = sourceText();
    $("check").disabled = true;
    try {
      const result = await api.analyze(text, state.host.channel, protectNames());
      const entities = result.entities ?? [];
      const counts = {};
      for (const entity of entities) counts[entity.category] = (counts[entity.category] ?? 0) + 1;
      const summary = Object.entries(counts).map(([category, count]) => pluralCategory(category, count)).join(", ");
      $("pii-summary").textContent = entities.length
        ? `Personenbezogene Daten erkannt – werden pseudonymisiert: ${summary}.`
        : "Keine personenbezogenen Daten erkannt. Prüfen Sie den Text trotzdem selbst.";
      renderHighlighted(text, entities);
      const special = result.specialCategories ?? [];
      const warnings = $("special-warnings");
      warnings.replaceChildren(...special.map((category) => Object.assign(document.createElement("li"), {
        textContent: `Besondere Kategorie (Art. 9 DSGVO): ${specialCategoryNames[category] ?? category}. Solche Daten gehen nur an ein dafür freigegebenes Modell; wählen Sie die passende Datenklasse.`,
      })));
      show("special-warnings", special.length > 0);
      $("readability").textContent = readabilityText(result.readability);
      await previewPolicy(text);
      show("check-section");
      announce(entities.length
        ? `Prüfung fertig: ${entities.length} personenbezogene Angaben werden pseudonymisiert.`
        : "Prüfung fertig: keine personenbezogenen Daten erkannt.");
    } finally {
      $("check").disabled = false;
    }
  }, () => check());
}

/** What generation would decide (model, data class, refusal), without a model call; silent if not deployed. */
async function previewPolicy(text) {
  const box = $("policy-check");
  box.classList.remove("warning");
  box.textContent = "";
  try {
    const decision = await api.checkPolicy({
      useCase: selectedTemplate()?.id,
      text,
      instructions: $("instructions").value.trim() || undefined,
      dataClass: $("data-class").value || undefined,
    });
    if (!decision) return;
    const dataClass = [...$("data-class").options].find((o) => o.value === decision.dataClass)?.text ?? decision.dataClass;
    const lines = [decision.allowed
      ? `Richtlinie: erlaubt${decision.model ? ` – Modell „${decision.model}“` : ""}, Datenklasse ${dataClass}.`
      : "Richtlinie: Diese Anfrage würde abgelehnt."];
    for (const notice of decision.notices ?? []) lines.push(notice.message ?? notice.title);
    box.textContent = lines.join(" ");
    box.classList.toggle("warning", !decision.allowed || (decision.notices ?? []).length > 0);
  } catch (error) {
    if (error instanceof ApiError && (error.status === 403 || error.status === 422) && error.problem) {
      box.textContent = `Richtlinie: ${error.problem.title}. ${error.problem.detail ?? ""}`;
      box.classList.add("warning");
    }
  }
}

// ---------- Erzeugen ----------

function resetResult() {
  state.result = null;
  state.reviewed = false;
  $("review-confirm").checked = false;
  $("reviewer-role").disabled = false;
  $("apply").disabled = true;
  show("result-section", false);
  show("review-section", false);
  show("restore", false);
  show("done", false);
}

function renderNotices(notices) {
  const list = $("notices");
  list.replaceChildren(...(notices ?? []).map((notice) => Object.assign(document.createElement("li"), {
    textContent: notice.message ?? notice.code,
  })));
}

function protectedSummary(protectedEntities) {
  const entries = Object.entries(protectedEntities ?? {}).filter(([, count]) => count > 0);
  return entries.length
    ? `Pseudonymisiert übertragen und wiederhergestellt: ${entries.map(([c, n]) => pluralCategory(c, n)).join(", ")}.`
    : "";
}

function setGenerating(active) {
  $("generate").disabled = active;
  $("check").disabled = active;
  show("progress", active);
  $("answer").setAttribute("aria-busy", String(active));
}

async function generate() {
  clearError();
  let text;
  try {
    text = sourceText();
  } catch (error) {
    showError(error, null);
    return;
  }
  if (state.generation) return;
  resetResult();
  const controller = new AbortController();
  state.generation = { controller };
  const answer = $("answer");
  answer.textContent = "";
  show("diff-block", false);
  renderNotices([]);
  show("result-section");
  setGenerating(true);
  $("progress-text").textContent = "Vorschlag wird erzeugt …";
  announce("Vorschlag wird erzeugt. Mit „Abbrechen“ können Sie die Erzeugung beenden.");
  $("cancel").focus();
  const template = selectedTemplate();
  const request = {
    useCase: template?.id ?? "rephrase",
    text,
    channel: state.host.channel,
    tone: $("tone").value || undefined,
    dataClass: $("data-class").value || undefined,
    instructions: $("instructions").value.trim() || undefined,
    protectNames: protectNames(),
  };
  let received = 0;
  try {
    const done = await api.assist(request, {
      signal: controller.signal,
      onDelta: (delta) => {
        received += delta.length;
        answer.textContent += delta;
        $("progress-text").textContent = `Vorschlag wird erzeugt … ${received} Zeichen`;
      },
    });
    // The final text is what the server restored; streamed deltas may still show placeholders in odd places.
    const finalText = done?.text ?? answer.textContent;
    answer.textContent = finalText;
    state.result = {
      id: done?.id ?? null,
      source: text,
      text: finalText,
      label: done?.label ?? null,
      model: done?.model ?? null,
      origin: template?.origin === "generated" ? iptcGenerated : undefined,
      notices: done?.notices ?? [],
      protectedEntities: done?.protectedEntities ?? {},
      readability: done?.readability ?? null,
    };
    showResult();
  } catch (error) {
    answer.textContent = "";
    show("result-section", false);
    if (error?.name === "AbortError") {
      show("done");
      $("done").textContent = "Erzeugung abgebrochen. Ihr Text ist unverändert.";
      announce("Erzeugung abgebrochen. Ihr Text ist unverändert.");
      $("generate").focus();
    } else {
      showError(error, () => generate());
    }
  } finally {
    state.generation = null;
    setGenerating(false);
  }
}

function showResult() {
  const result = state.result;
  renderDiff($("diff"), result.source, result.text, $("side-by-side").checked);
  show("diff-block");
  const notices = [...result.notices];
  const protectedText = protectedSummary(result.protectedEntities);
  if (protectedText) notices.unshift({ code: "pseudonymised", message: protectedText });
  const readability = readabilityText(result.readability);
  if (readability) notices.push({ code: "readability", message: readability });
  renderNotices(notices);
  show("review-section");
  show("word-options", state.host.supports.trackChanges || state.host.supports.comment);
  $("track-changes").closest("label").hidden = !state.host.supports.trackChanges;
  $("add-comment").closest("label").hidden = !state.host.supports.comment;
  announce(`Vorschlag fertig${result.notices.length ? ` mit ${result.notices.length} Hinweisen` : ""}. Bitte prüfen Sie ihn und bestätigen Sie die Prüfung.`);
  $("answer").focus();
}

function cancel() {
  state.generation?.controller.abort();
}

// ---------- review and insert ----------

async function onReviewChange() {
  const box = $("review-confirm");
  $("reviewer-role").disabled = box.checked;
  if (!box.checked) {
    state.reviewed = false;
    $("apply").disabled = true;
    return;
  }
  await guarded(async () => {
    try {
      if (!state.result.id) throw new ApiError(404, null);
      const answer = await api.review(state.result.id, { role: $("reviewer-role").value, confirmation: reviewConfirmation });
      if (answer?.label) state.result.label = { ...state.result.label, ...answer.label };
      state.result.reviewRecorded = true;
    } catch (error) {
      // Before the review endpoint is deployed the confirmation is kept in the pane only.
      if (!(error instanceof ApiError && error.status === 404)) {
        box.checked = false;
        $("reviewer-role").disabled = false;
        throw error;
      }
      state.result.reviewRecorded = false;
    }
    state.reviewed = true;
    $("apply").disabled = false;
    announce("Prüfung bestätigt. Sie können den Text jetzt übernehmen.");
  }, () => { box.checked = true; return onReviewChange(); });
}

function currentLabel() {
  return completeLabel(state.result.label, {
    reviewed: state.reviewed,
    role: $("reviewer-role").value,
    origin: state.result.origin,
    model: state.result.model,
    policyVersion: state.policy?.version,
  });
}

async function apply() {
  if (!state.reviewed || !state.result) return;
  await guarded(async () => {
    $("apply").disabled = true;
    try {
      const message = await state.host.insert(state.result.text, currentLabel(), {
        trackChanges: $("track-changes").checked,
        comment: $("add-comment").checked,
        closingLine: state.policy?.labelling?.outlookClosingLine ?? null,
      });
      $("done").textContent = message;
      show("done");
      show("restore", state.host.supports.restore);
      announce(message);
    } finally {
      $("apply").disabled = !state.reviewed;
    }
  });
}

async function restore() {
  await guarded(async () => {
    const message = await state.host.restore();
    $("done").textContent = message;
    show("done");
    show("restore", false);
    announce(message);
  });
}

// ---------- start ----------

function bind() {
  $("acknowledge-button").addEventListener("click", acknowledge);
  $("load-source").addEventListener("click", loadSource);
  $("template").addEventListener("change", onTemplateChange);
  $("check").addEventListener("click", check);
  $("generate").addEventListener("click", generate);
  $("cancel").addEventListener("click", cancel);
  $("review-confirm").addEventListener("change", onReviewChange);
  $("apply").addEventListener("click", apply);
  $("restore").addEventListener("click", restore);
  $("retry").addEventListener("click", () => { const retry = state.retry; clearError(); retry?.(); });
  $("side-by-side").addEventListener("change", () => state.result && renderDiff($("diff"), state.result.source, state.result.text, $("side-by-side").checked));
  $("source-text").addEventListener("input", () => { if (state.result) resetResult(); });
}

async function start() {
  fillDataClasses(defaultDataClasses);
  $("data-class").value = "personal";
  bind();
  const policy = loadPolicy();
  state.host = await detectHost();
  document.body.dataset.host = state.host.kind;
  $("host-name").textContent = state.host.name;
  $("source-hint").textContent = state.host.sourceHint;
  if (state.host.loadLabel) {
    $("load-source").textContent = state.host.loadLabel;
    show("load-source");
  }
  await policy;
  await loadTemplates();
  if (state.host.kind !== "browser") {
    try {
      $("source-text").value = await state.host.readSource();
    } catch {
      // Nothing selected yet: the hint and the load button say what to do.
    }
  }
  const pending = state.host.pendingLabel?.();
  if (pending) {
    show("pending");
    $("pending-apply").addEventListener("click", () => guarded(async () => {
      const message = await state.host.applyPendingLabel(pending);
      show("pending", false);
      $("done").textContent = message;
      show("done");
      announce(message);
    }));
  }
  document.body.dataset.ready = "true";
}

start();
