import { commonTexts } from './common.texts.js';
import type { DocumentLanguage, ProtocolDoc, RenderOptions } from './documents.types.js';
import { formatKzDateTime } from './kz-time.js';
import {
  writeLabelledText,
  writeLetterhead,
  writeParagraph,
  writeSectionHeading,
  writeSplitLine,
  writeTitle,
} from './pdf-blocks.js';
import { finishPdf, openPdf, type Pdf } from './pdf-document.js';
import { writeTable } from './pdf-table.js';
import { protocolTexts } from './protocol.texts.js';
import { redact } from './redact.js';
import { writeSignatures } from './signature-block.js';

const LANGUAGES: DocumentLanguage[] = ['kk', 'ru'];

const writeRuleAndTally = (pdf: Pdf, doc: ProtocolDoc, lang: DocumentLanguage): void => {
  const t = protocolTexts[lang];
  writeSectionHeading(pdf, 1, t.sections.rule);
  writeParagraph(pdf, t.quorum(doc.rule.quorum));
  writeParagraph(pdf, t.decisionRule(t.rules[doc.rule.decision]));
  writeParagraph(pdf, t.casting(doc.rule.chairCastingVote));
  writeSectionHeading(pdf, 2, t.sections.tally);
  // One row of counts under their labels: compact, and read left to right like the vote itself.
  const keys = ['eligible', 'confirmed', 'notConfirmed', 'abstain', 'recused'] as const;
  writeTable(
    pdf,
    keys.map((key) => ({ header: t.tally[key], share: 1, align: 'center' as const })),
    [keys.map((key) => String(doc.tally[key]))],
  );
};

const writeVotersAndFindings = (pdf: Pdf, doc: ProtocolDoc, lang: DocumentLanguage): void => {
  const t = protocolTexts[lang];
  const c = t.voterColumns;
  writeSectionHeading(pdf, 3, t.sections.voters);
  writeTable(
    pdf,
    [
      { header: c.n, share: 0.5, align: 'center' },
      { header: c.name, share: 2.6 },
      { header: c.agency, share: 3.4 },
      { header: c.choice, share: 1.7, align: 'center' },
    ],
    doc.voters.map((v, i) => [String(i + 1), v.name, v.agency, t.choices[v.choice]]),
  );
  const f = t.findingColumns;
  writeSectionHeading(pdf, 4, t.sections.findings);
  writeParagraph(pdf, t.findingsIntro);
  writeTable(
    pdf,
    [
      { header: f.criterion, share: 4.6 },
      { header: f.met, share: 1.2, align: 'center' },
      { header: f.notMet, share: 1.2, align: 'center' },
      { header: f.unclear, share: 1.2, align: 'center' },
    ],
    doc.findings.map((x) => [t.criteria[x.criterion], String(x.met), String(x.notMet), String(x.unclear)]),
  );
};

const writeDecision = (pdf: Pdf, doc: ProtocolDoc, lang: DocumentLanguage, secrets: string[]): void => {
  const t = protocolTexts[lang];
  writeSectionHeading(pdf, 5, t.sections.decision);
  writeParagraph(pdf, commonTexts[lang].outcome[doc.outcome].toUpperCase(), { bold: true });
  if (doc.outcome === 'CONFIRMED') writeParagraph(pdf, t.prescriptionOrder);
  writeLabelledText(pdf, `${t.reasoningLabel}:`, redact(doc.decisionReasoning[lang].trim() || t.reasoningMissing, secrets));
  if (doc.reasoning.trim()) writeLabelledText(pdf, `${t.membersReasoningLabel}:`, redact(doc.reasoning, secrets));
  writeSectionHeading(pdf, 6, t.sections.dissents);
  if (doc.dissents.length === 0) writeParagraph(pdf, t.noDissents);
  for (const dissent of doc.dissents) writeLabelledText(pdf, `${dissent.name}:`, redact(dissent.text, secrets));
};

/** The numbered protocol of the group's decision on one case: in Kazakh, then in Russian. */
export const renderProtocolPdf = (doc: ProtocolDoc, options: RenderOptions = {}): Promise<Buffer> => {
  const { kk, ru } = protocolTexts;
  const issuer = doc.ministry ?? { kk: commonTexts.kk.expertGroup, ru: commonTexts.ru.expertGroup };
  const handle = openPdf({
    title: `${kk.title} / ${ru.title} № ${doc.protocolNumber}`,
    author: `${issuer.kk} / ${issuer.ru}`,
    subject: `${kk.subject} / ${ru.subject}`,
    keywords: `${doc.protocolNumber}, ${doc.caseNumber}`,
    lang: 'kk-KZ',
    createdAt: doc.decidedAt,
  });
  const { pdf } = handle;
  writeLetterhead(
    pdf,
    LANGUAGES.map((lang) => ({
      name: doc.ministry?.[lang] ?? commonTexts[lang].expertGroup,
      lines: doc.ministry ? [commonTexts[lang].expertGroup] : [],
    })),
  );
  const decidedAt = formatKzDateTime(doc.decidedAt);
  LANGUAGES.forEach((lang, i) => {
    const t = protocolTexts[lang];
    if (i > 0) pdf.addPage();
    writeSplitLine(pdf, decidedAt, `№ ${doc.protocolNumber}`);
    writeTitle(pdf, `${i === 0 ? `${kk.title} / ${ru.title}` : t.title} № ${doc.protocolNumber}`, t.subject);
    writeParagraph(pdf, t.caseLine(doc.caseNumber), { align: 'left' });
    writeRuleAndTally(pdf, doc, lang);
    writeVotersAndFindings(pdf, doc, lang);
    writeDecision(pdf, doc, lang, options.redact ?? []);
    writeSignatures(pdf, doc.signatures, lang);
  });
  return finishPdf(handle, (page, total) => ({
    left: `${kk.title} / ${ru.title} № ${doc.protocolNumber} · ${doc.caseNumber}`,
    right: `${commonTexts.kk.page(page, total)} · ${commonTexts.ru.page(page, total)}`,
  }));
};
