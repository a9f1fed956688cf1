#include "exportdialog.h"

#include "preferencesstore.h"

#include "apidates.h"
#include "columncatalog.h"
#include "exporttarget.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <climits>

namespace numdesk {

namespace {

const QString kLastFolderKey = QStringLiteral("export/lastFolder");
// The last choices, over the defaults of Preferences.
const QString kHeaderKey = QStringLiteral("export/header");
const QString kNamesKey = QStringLiteral("export/namesAsShown");
const QString kSpreadsheetSafeKey = QStringLiteral("export/spreadsheetSafe");

} // namespace

ExportDialog::ExportDialog(ApiClient *client, const NumberFilter &filter,
                           const QStringList &visibleColumns, qint64 expectedRows, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_filter(filter)
    , m_path(new QLineEdit(this))
    , m_columns(new QListWidget(this))
    , m_keys(new QRadioButton(tr("Column &keys (offer_id)"), this))
    , m_labels(new QRadioButton(tr("Display &labels (Offer)"), this))
    , m_spreadsheetSafe(new QCheckBox(tr("&Spreadsheet-safe: keep cells starting with = + - @ "
                                         "from being read as formulas"),
                                      this))
    , m_names(new QCheckBox(tr("Write &names as shown: offers, traffic sources, pools, "
                               "providers and countries by name, not by id or code"),
                            this))
    , m_formulaWarning(new QLabel(this))
    , m_convertDates(new QCheckBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export View"));
    // The count is unknown until the server has said it (a list without metadata).
    const QString count = QLocale().toString(expectedRows);
    QString introText;
    if (filter.isEmpty())
        introText =
            expectedRows >= 0
                ? tr("Exports all %1 numbers of the account, not only the loaded rows.").arg(count)
                : tr("Exports every number of the account, not only the loaded rows.");
    else
        introText = expectedRows >= 0 ? tr("Exports the %1 numbers that match the current "
                                           "filters, not only the loaded rows.")
                                            .arg(count)
                                      : tr("Exports every number that matches the current "
                                           "filters, not only the loaded rows.");
    auto *intro = new QLabel(introText, this);
    intro->setWordWrap(true);

    // Export defaults from Preferences; the user may change them for this export.
    m_preferences = PreferencesStore().load();
    const QSettings settings;
    const bool labels =
        settings
            .value(kHeaderKey, m_preferences.exportHeader == CsvRecordFormatter::HeaderStyle::Labels
                                   ? QStringLiteral("labels")
                                   : QStringLiteral("keys"))
            .toString() == QLatin1String("labels");
    (labels ? m_labels : m_keys)->setChecked(true);
    m_spreadsheetSafe->setChecked(
        settings.value(kSpreadsheetSafeKey, m_preferences.exportSpreadsheetSafe).toBool());
    m_names->setChecked(settings.value(kNamesKey, false).toBool());
    m_names->setToolTip(tr("The file then reads like the table; a plan made from it is read "
                           "back by these names."));
    m_names->setEnabled(false); // until setLookups()
    m_formulaWarning->setAccessibleName(tr("Formula warning"));
    m_formulaWarning->setWordWrap(true);
    m_formulaWarning->setStyleSheet(QStringLiteral("color: #8a6d3b;"));
    m_formulaWarning->hide();

    // The last folder used, else Documents, else home: the first that exists (a fresh account
    // may have no Documents folder, and a remembered one may be gone).
    QString folder = QDir::homePath();
    for (const QString &candidate :
         {QSettings().value(kLastFolderKey).toString(),
          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!candidate.isEmpty() && QFileInfo(candidate).isDir()) {
            folder = candidate;
            break;
        }
    }
    m_path->setText(QDir(folder).filePath(
        QStringLiteral("numbers-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))));
    m_path->setAccessibleName(tr("File"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);

    // The visible columns first, checked and in their order; then every other column.
    QStringList order = visibleColumns;
    for (const QString &key : columns::all()) {
        if (!order.contains(key))
            order << key;
    }
    for (const QString &key : order) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(columns::label(key), key), m_columns);
        item->setData(Qt::UserRole, key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(visibleColumns.contains(key) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setAccessibleName(tr("Columns to export"));
    m_columns->setToolTip(tr("Check the columns to export; drag to change their order"));

    auto *headerBox = new QGroupBox(tr("Header row"), this);
    auto *headerLayout = new QVBoxLayout(headerBox);
    headerLayout->addWidget(m_keys);
    headerLayout->addWidget(m_labels);

    const QString zone = filter.timeZone.isEmpty() ? QStringLiteral("UTC") : filter.timeZone;
    m_convertDates->setText(
        tr("Write dates in %1 instead of exactly as the server sent them").arg(zone));
    m_spreadsheetSafe->setToolTip(tr("Off by default: phone numbers begin with + and would be "
                                     "changed."));
    m_problem->setStyleSheet(QStringLiteral("color: #a94442;"));
    m_problem->setWordWrap(true);

    QPushButton *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setDefault(true);

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *columnsLabel = new QLabel(tr("&Columns:"), this);
    columnsLabel->setBuddy(m_columns);
    form->addRow(fileLabel, pathRow);
    form->addRow(columnsLabel, m_columns);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(headerBox);
    layout->addWidget(m_names);
    layout->addWidget(m_spreadsheetSafe);
    layout->addWidget(m_formulaWarning);
    layout->addWidget(m_convertDates);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateButtons);
    for (QCheckBox *box : {m_spreadsheetSafe, m_names})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateFormulaWarning);
    // Remembered as chosen, for the next export.
    for (QAbstractButton *button :
         std::initializer_list<QAbstractButton *>{m_labels, m_spreadsheetSafe, m_names})
        connect(button, &QAbstractButton::toggled, this, &ExportDialog::rememberChoices);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updateFormulaWarning);
    updateButtons();
}

void ExportDialog::setLookups(const LookupCache *lookups)
{
    m_lookups = lookups;
    m_names->setEnabled(lookups != nullptr);
    updateFormulaWarning();
}

void ExportDialog::setFormulaCheck(FormulaCheck check)
{
    m_formulaCheck = std::move(check);
    updateFormulaWarning();
}

void ExportDialog::updateFormulaWarning()
{
    QStringList cells;
    if (!m_spreadsheetSafe->isChecked() && m_formulaCheck)
        cells = m_formulaCheck(chosenColumns(), m_names->isChecked() && m_lookups);
    if (cells.isEmpty()) {
        m_formulaWarning->hide();
        return;
    }
    for (QString &cell : cells)
        cell = QStringLiteral("“%1”").arg(cell.left(40));
    //: Cells are quoted: “=SUM(A1)”, “@handle”
    m_formulaWarning->setText(
        tr("This view has cells a spreadsheet would run as formulas, such as %1. Tick "
           "Spreadsheet-safe to write them as text.")
            .arg(cells.join(QStringLiteral(", "))));
    m_formulaWarning->show();
}

void ExportDialog::rememberChoices() const
{
    QSettings settings;
    settings.setValue(kHeaderKey,
                      m_labels->isChecked() ? QStringLiteral("labels") : QStringLiteral("keys"));
    settings.setValue(kSpreadsheetSafeKey, m_spreadsheetSafe->isChecked());
    if (m_lookups) // offered
        settings.setValue(kNamesKey, m_names->isChecked());
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QStringList ExportDialog::chosenColumns() const
{
    QStringList keys;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            keys << m_columns->item(i)->data(Qt::UserRole).toString();
    }
    return keys;
}

ExportOptions ExportDialog::exportOptions() const
{
    ExportOptions options;
    options.filter = m_filter;
    options.columns = chosenColumns();
    options.header = m_labels->isChecked() ? CsvRecordFormatter::HeaderStyle::Labels
                                           : CsvRecordFormatter::HeaderStyle::Keys;
    options.spreadsheetSafe = m_spreadsheetSafe->isChecked();
    if (m_names->isChecked())
        options.names = m_lookups;
    if (m_convertDates->isChecked()) {
        const QTimeZone zone = dates::zoneForApiName(m_filter.timeZone);
        options.displayZone = zone.isValid() ? zone : QTimeZone::utc();
    }
    options.parallel = m_preferences.exportParallelPages;
    options.byteOrderMark = m_preferences.exportByteOrderMark;
    return options;
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export View"), filePath(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateButtons()
{
    QString problem;
    const QFileInfo file(filePath());
    if (filePath().isEmpty())
        problem = tr("Choose the file to write.");
    else if (!file.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(file.absolutePath());
    else if (file.isDir())
        problem = tr("%1 is a folder; choose a file name.").arg(file.absoluteFilePath());
    else if (const QString reason = ExportTarget::problem(file.absoluteFilePath());
             !reason.isEmpty())
        //: %2 says why, e.g. "it is a symbolic link; name the file itself"
        problem = tr("Cannot write %1: %2.").arg(file.absoluteFilePath(), reason);
    else if (chosenColumns().isEmpty())
        problem = tr("Check at least one column.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(problem.isEmpty() && !m_job);
    }
}

void ExportDialog::accept()
{
    updateButtons();
    if (!m_problem->text().isEmpty() || m_job)
        return;
    const QFileInfo file(filePath());
    ExportTarget::Kind kind = ExportTarget::Kind::File;
    ExportTarget::problem(file.absoluteFilePath(), &kind);
    // A pipe or a device is written to, not replaced: nothing to ask.
    if (file.exists() && kind == ExportTarget::Kind::File &&
        QMessageBox::question(this, tr("Replace File?"),
                              tr("%1 already exists. Replace it? It stays as it is unless the "
                                 "export completes.")
                                  .arg(file.fileName()),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes) {
        return;
    }
    QSettings().setValue(kLastFolderKey, file.absolutePath());
    rememberChoices();
    m_job = new ExportJob(m_client, file.absoluteFilePath(), exportOptions(), this);
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    m_progress->setWindowTitle(tr("Export View"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &ExportJob::cancel);
    connect(m_job, &ExportJob::progressChanged, this, &ExportDialog::onProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);
    updateButtons();
    m_job->start();
}

void ExportDialog::onProgress(qint64 done, qint64 total, double rate, int secondsLeft)
{
    if (!m_progress)
        return;
    const QLocale locale;
    if (total > 0) {
        m_progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(done, total)));
    }
    const QString left =
        secondsLeft >= 0 ? tr("about %n second(s) left", nullptr, secondsLeft) : QString();
    m_progress->setLabelText(total > 0
                                 ? tr("%1 of %2 numbers · %3 per second · %4")
                                       .arg(locale.toString(done), locale.toString(total),
                                            locale.toString(qRound(rate)), left)
                                 : tr("%1 numbers · %2 per second")
                                       .arg(locale.toString(done), locale.toString(qRound(rate))));
}

void ExportDialog::onFinished(const ExportSummary &summary)
{
    m_summary = summary;
    if (m_progress)
        m_progress->deleteLater();
    m_job->deleteLater();
    m_job = nullptr;
    emit exportFinished(summary);
    if (summary.outcome == ExportSummary::Outcome::Cancelled) {
        updateButtons();
        return; // the user knows; nothing was written
    }
    // Not exec(): this runs inside the job's signal, and a nested event loop here would hold it.
    auto *box =
        new QMessageBox(summary.isComplete() ? QMessageBox::Information : QMessageBox::Warning,
                        tr("Export View"), summary.message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (summary.isComplete())
        connect(box, &QMessageBox::finished, this, [this] { QDialog::accept(); });
    box->open();
    updateButtons();
}

} // namespace numdesk
