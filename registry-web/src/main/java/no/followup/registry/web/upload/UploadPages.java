package no.followup.registry.web.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.followup.registry.application.access.Actor;
import no.followup.registry.application.access.NotFoundException;
import no.followup.registry.application.submission.ItemOutcome;
import no.followup.registry.application.submission.Receipt;
import no.followup.registry.application.submission.SubmissionItem;
import no.followup.registry.application.submission.SubmissionMode;
import no.followup.registry.application.submission.SubmissionRejectedException;
import no.followup.registry.application.submission.Submissions;
import no.followup.registry.domain.shared.Violation;
import no.followup.registry.domain.study.Studies;
import no.followup.registry.domain.study.StudyCode;
import no.followup.registry.domain.study.StudyDefinition;
import no.followup.registry.web.shell.RuleMessages;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Upload from a spreadsheet: the study's template to download, and a filled one (or CSV) checked
 * first without storing anything, then submitted, all or nothing or the valid rows alone; the
 * receipt names each row by sheet and row number, never by what it holds.
 */
@Controller
class UploadPages {

  /** Ten thousand rows of the template are well under a megabyte. */
  static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Studies studies;
  private final TemplateSheets sheets;
  private final TemplateWorkbook workbook;
  private final UploadReader reader;
  private final UploadItems items;
  private final Submissions submissions;
  private final RuleMessages ruleMessages;
  private final MessageSource messages;

  UploadPages(
      Studies studies,
      TemplateSheets sheets,
      TemplateWorkbook workbook,
      UploadReader reader,
      UploadItems items,
      Submissions submissions,
      RuleMessages ruleMessages,
      MessageSource messages) {
    this.studies = studies;
    this.sheets = sheets;
    this.workbook = workbook;
    this.reader = reader;
    this.items = items;
    this.submissions = submissions;
    this.ruleMessages = ruleMessages;
    this.messages = messages;
  }

  @GetMapping("/uploads")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String page(Actor actor, @RequestParam(required = false) String study, Model model) {
    actor.writingSite();
    return page(study(study), SubmissionMode.ATOMIC, model);
  }

  @GetMapping("/uploads/template")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public ResponseEntity<byte[]> template(
      Actor actor, @RequestParam(required = false) String study) {
    actor.writingSite();
    StudyDefinition definition = study(study);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("registry-template-" + definition.code().value() + ".xlsx")
                .build()
                .toString())
        .body(workbook.write(definition, sheets.of(definition)));
  }

  /** {@code action=check} runs every row and stores nothing; {@code action=submit} stores. */
  @PostMapping("/uploads")
  @PreAuthorize("hasAnyRole('SITE_STAFF', 'SITE_LEAD')")
  public String upload(
      Actor actor,
      @RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String study,
      @RequestParam(defaultValue = "ATOMIC") SubmissionMode mode,
      @RequestParam(defaultValue = "check") String action,
      Model model,
      Locale locale) {
    actor.writingSite();
    StudyDefinition definition = study(study);
    page(definition, mode, model);
    List<TemplateSheet<?>> templateSheets = sheets.of(definition);
    List<UploadedRow> rows;
    try {
      rows = reader.read(filename(file), content(file), templateSheets);
    } catch (NotATemplateException e) {
      model.addAttribute("fileError", messages.getMessage(e.messageKey(), e.arguments(), locale));
      return "uploads/upload";
    }
    List<SubmissionItem> submission = items.of(templateSheets, rows);
    Receipt receipt;
    try {
      receipt =
          action.equals("submit")
              ? submissions.submit(actor, mode, submission).receipt()
              : submissions.dryRun(actor, mode, submission);
    } catch (SubmissionRejectedException e) {
      receipt = e.receipt();
    }
    model.addAttribute("receipt", receipt);
    model.addAttribute("lines", lines(receipt, rows, templateSheets, locale));
    return "uploads/upload";
  }

  /** One line of the receipt: the row, what became of it, and why, in the person's language. */
  public record ReceiptLine(
      String sheet,
      int row,
      ItemOutcome.Status status,
      List<String> errors,
      List<String> warnings) {}

  private List<ReceiptLine> lines(
      Receipt receipt,
      List<UploadedRow> rows,
      List<TemplateSheet<?>> templateSheets,
      Locale locale) {
    List<ReceiptLine> lines = new ArrayList<>();
    for (ItemOutcome outcome : receipt.records()) {
      UploadedRow row = rows.get(outcome.index());
      TemplateSheet<?> sheet =
          templateSheets.stream()
              .filter(s -> s.name().equals(row.sheet()))
              .findFirst()
              .orElseThrow();
      lines.add(
          new ReceiptLine(
              row.sheet(),
              row.rowNumber(),
              outcome.status(),
              messages(outcome.errors(), sheet, locale),
              messages(outcome.warnings(), sheet, locale)));
    }
    return lines;
  }

  /** A rule's text, after the column it concerns when it concerns one. */
  private List<String> messages(List<Violation> violations, TemplateSheet<?> sheet, Locale locale) {
    return violations.stream()
        .map(
            v ->
                sheet
                    .headerOf(v.field())
                    .map(header -> header + ": " + ruleMessages.of(v, locale))
                    .orElseGet(() -> ruleMessages.of(v, locale)))
        .toList();
  }

  private String page(StudyDefinition study, SubmissionMode mode, Model model) {
    model.addAttribute("studies", studies.codes().stream().map(StudyCode::value).toList());
    model.addAttribute("study", study.code().value());
    model.addAttribute("mode", mode);
    model.addAttribute("maxRows", Submissions.MAX_RECORDS);
    return "uploads/upload";
  }

  /** The study asked for, or the registry's first. */
  private StudyDefinition study(String code) {
    if (code == null || code.isBlank()) {
      return studies.codes().stream()
          .findFirst()
          .flatMap(studies::current)
          .orElseThrow(() -> new NotFoundException("study"));
    }
    try {
      return studies.current(new StudyCode(code)).orElseThrow(() -> new NotFoundException("study"));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("study");
    }
  }

  private static String filename(MultipartFile file) {
    return file == null ? null : file.getOriginalFilename();
  }

  private static byte[] content(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new NotATemplateException("no-file");
    }
    if (file.getSize() > MAX_FILE_BYTES) {
      throw new NotATemplateException("too-large", MAX_FILE_BYTES / (1024 * 1024));
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
