#include "preferencesdialog.h"

#include "apidates.h"
#include "inventoryinsights.h"
#include "phonenumbering.h"
#include "preferencesstore.h"
#include "searchablecombobox.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace numdesk {

namespace {

QLabel *noteLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setItalic(true);
    label->setFont(font);
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(PreferencesStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_saved(store.load())
    , m_atLaunch(m_saved)
{
    setWindowTitle(tr("Preferences"));
    m_tabs = new QTabWidget;
    m_tabs->setAccessibleName(tr("Preference pages"));
    m_tabs->addTab(buildTablePage(), tr("&Table"));
    m_tabs->addTab(buildNetworkPage(), tr("&Network"));
    m_tabs->addTab(buildExportPage(), tr("E&xport"));
    m_tabs->addTab(buildLanguagePage(), tr("&Language"));
    m_tabs->addTab(buildSnapshotsPage(), tr("&Snapshots"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                     QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Apply"));
    m_buttons->button(QDialogButtonBox::RestoreDefaults)->setAccessibleName(tr("Restore Defaults"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::apply);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_buttons);

    setPreferences(m_saved);
    // Any change enables Apply.
    for (QSpinBox *spin :
         {m_pageSize, m_inFlight, m_timeout, m_callLimit, m_parallel, m_snapshotsKept})
        connect(spin, &QSpinBox::valueChanged, this, &PreferencesDialog::updateButtons);
    for (QCheckBox *check :
         {m_http2, m_spreadsheetSafe, m_byteOrderMark, m_dailyOnSandbox, m_dailyOnAccounts})
        connect(check, &QCheckBox::toggled, this, &PreferencesDialog::updateButtons);
    connect(m_headerLabels, &QRadioButton::toggled, this, &PreferencesDialog::updateButtons);
    for (QComboBox *combo : {m_timeZone, m_defaultCountry, m_language})
        connect(combo, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateButtons);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, [this] {
        updatePreview();
        updateButtons();
    });
    updateButtons();
}

PreferencesDialog::~PreferencesDialog() = default;

QWidget *PreferencesDialog::buildSnapshotsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_snapshotsKept = new QSpinBox;
    m_snapshotsKept->setRange(Preferences::kMinSnapshotsKept, Preferences::kMaxSnapshotsKept);
    m_snapshotsKept->setAccessibleName(tr("Snapshots kept"));
    m_snapshotsKept->setToolTip(tr("Older snapshots are dropped once a new one is taken; numbers "
                                   "that did not change take almost no room"));
    form->addRow(buddyLabel(tr("Snapshots &kept:"), m_snapshotsKept), m_snapshotsKept);
    // Once a day, when the window opens and no snapshot was taken that day.
    m_dailyOnSandbox = new QCheckBox(tr("On the built-in sand&box"));
    m_dailyOnSandbox->setAccessibleName(tr("Daily snapshot on the sandbox"));
    m_dailyOnAccounts = new QCheckBox(tr("On TrackDrive acc&ounts"));
    m_dailyOnAccounts->setAccessibleName(tr("Daily snapshot on TrackDrive accounts"));
    m_dailyOnAccounts->setToolTip(tr("Reads every number of the account once a day, in the "
                                     "background, the first time the window opens that day"));
    auto *daily = new QVBoxLayout;
    daily->addWidget(m_dailyOnSandbox);
    daily->addWidget(m_dailyOnAccounts);
    form->addRow(tr("Take one a day when the window opens:"), daily);

    // Monthly prices: a row per country, a price for local and one for toll-free numbers.
    m_prices = new QTableWidget(0, 3);
    m_prices->setHorizontalHeaderLabels({tr("Country"), tr("Local"), tr("Toll-free")});
    m_prices->setAccessibleName(tr("Monthly prices"));
    m_prices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_prices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_prices->verticalHeader()->hide();
    m_prices->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_prices->setMinimumHeight(140);
    m_priceCountry = new SearchableComboBox;
    m_priceCountry->setAccessibleName(tr("Country to price"));
    QList<QPair<QString, QString>> countries;
    for (const QString &code : PhoneNumbering::supportedRegions())
        countries.append({PhoneNumbering::regionName(code), code});
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : std::as_const(countries))
        m_priceCountry->addItem(tr("%1 (%2)").arg(name, code), code);
    m_priceCountry->setMaxVisibleItems(20);
    auto *add = new QPushButton(tr("&Add"));
    add->setAccessibleName(tr("Add country"));
    add->setAutoDefault(false);
    auto *remove = new QPushButton(tr("&Remove"));
    remove->setAccessibleName(tr("Remove country"));
    remove->setAutoDefault(false);
    remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString code = m_priceCountry->currentData().toString();
        for (int row = 0; row < m_prices->rowCount(); ++row) {
            if (m_prices->item(row, 0)->data(Qt::UserRole).toString() == code) {
                m_prices->selectRow(row); // already there: show it
                return;
            }
        }
        addPriceRow(code, std::nullopt, std::nullopt);
        m_prices->selectRow(m_prices->rowCount() - 1);
        m_prices->cellWidget(m_prices->rowCount() - 1, 1)->setFocus();
        updateButtons();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_prices->selectionModel()->selectedRows();
        QList<int> numbers;
        for (const QModelIndex &index : rows)
            numbers << index.row();
        std::sort(numbers.rbegin(), numbers.rend());
        for (const int row : std::as_const(numbers))
            m_prices->removeRow(row);
        updateButtons();
    });
    connect(m_prices->selectionModel(), &QItemSelectionModel::selectionChanged, remove,
            [this, remove] { remove->setEnabled(m_prices->selectionModel()->hasSelection()); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_priceCountry, 1);
    addRow->addWidget(add);
    addRow->addWidget(remove);
    form->addRow(new QLabel(tr("Monthly price of a number:")));
    form->addRow(m_prices);
    form->addRow(addRow);
    form->addRow(noteLabel(tr("Insights shows what numbers cost per month from these prices "
                              "(in your currency; empty: no price). A number is local or "
                              "toll-free by the number itself.")));
    return page;
}

void PreferencesDialog::showSnapshotsPage()
{
    m_tabs->setCurrentIndex(m_tabs->indexOf(m_snapshotsKept->parentWidget()));
}

void PreferencesDialog::addPriceRow(const QString &country, std::optional<double> local,
                                    std::optional<double> tollFree)
{
    const int row = m_prices->rowCount();
    m_prices->insertRow(row);
    const QString name = PhoneNumbering::regionName(country);
    auto *item = new QTableWidgetItem(name.isEmpty() ? country : tr("%1 (%2)").arg(name, country));
    item->setData(Qt::UserRole, country);
    m_prices->setItem(row, 0, item);
    const auto priceBox = [this, &name, &country](std::optional<double> value,
                                                  const QString &kind) {
        auto *box = new QDoubleSpinBox;
        box->setRange(-0.01, 1000000); // the minimum is "no price"
        box->setDecimals(2);
        box->setSpecialValueText(tr("no price"));
        box->setValue(value.value_or(-0.01));
        box->setAccessibleName(tr("%1 price, %2").arg(kind, name.isEmpty() ? country : name));
        connect(box, &QDoubleSpinBox::valueChanged, this, &PreferencesDialog::updateButtons);
        return box;
    };
    m_prices->setCellWidget(row, 1, priceBox(local, tr("Local")));
    m_prices->setCellWidget(row, 2, priceBox(tollFree, tr("Toll-free")));
}

QWidget *PreferencesDialog::buildTablePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_pageSize = new QSpinBox;
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setRange(Preferences::kMinPageSize, Preferences::kMaxPageSize);
    m_pageSize->setSingleStep(25);
    m_pageSize->setSuffix(tr(" rows"));
    m_pageSize->setToolTip(tr("Rows asked for in one request; the server may send fewer"));
    form->addRow(buddyLabel(tr("&Page size:"), m_pageSize), m_pageSize);

    m_inFlight = new QSpinBox;
    m_inFlight->setAccessibleName(tr("Requests in flight"));
    m_inFlight->setRange(Preferences::kMinRequestsInFlight, Preferences::kMaxRequestsInFlight);
    m_inFlight->setToolTip(tr("Pages the table asks for at the same time while scrolling"));
    form->addRow(buddyLabel(tr("&Requests in flight:"), m_inFlight), m_inFlight);

    m_timeZone = new QComboBox;
    m_timeZone->setAccessibleName(tr("Default time zone"));
    m_timeZone->setToolTip(tr("Dates in the table are shown, and date filters read, in this "
                              "zone"));
    m_timeZone->addItem(QStringLiteral("UTC"), QString());
    const QList<dates::NamedTimeZone> &zones = dates::railsTimeZones();
    for (const dates::NamedTimeZone &zone : zones) {
        if (zone.name != QLatin1String("UTC"))
            m_timeZone->addItem(zone.name, zone.name);
    }
    m_timeZone->setMaxVisibleItems(20);
    form->addRow(buddyLabel(tr("Default time &zone:"), m_timeZone), m_timeZone);

    // Every country libphonenumber knows, by name: numbers are typed in any of them.
    m_defaultCountry = new SearchableComboBox;
    m_defaultCountry->setAccessibleName(tr("Default country"));
    m_defaultCountry->setToolTip(tr("A number typed without its country code (\"(212) 669-9604\", "
                                    "\"0161 419 9581\") is read as a number of this country, and "
                                    "its numbers are shown in their national form"));
    QList<QPair<QString, QString>> countries;
    for (const QString &code : PhoneNumbering::supportedRegions())
        countries.append({PhoneNumbering::regionName(code), code});
    std::sort(countries.begin(), countries.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto &[name, code] : std::as_const(countries))
        m_defaultCountry->addItem(tr("%1 (%2)").arg(name, code), code);
    m_defaultCountry->setMaxVisibleItems(20);
    form->addRow(buddyLabel(tr("Default &country:"), m_defaultCountry), m_defaultCountry);

    m_dateFormat = new QComboBox;
    m_dateFormat->setEditable(true);
    m_dateFormat->setInsertPolicy(QComboBox::NoInsert);
    m_dateFormat->setAccessibleName(tr("Date display format"));
    m_dateFormat->lineEdit()->setAccessibleName(tr("Date display format"));
    m_dateFormat->setToolTip(tr("A Qt date format: yyyy year, MM month, dd day, HH hour, mm "
                                "minute, ss second, AP for AM/PM"));
    for (const char *format : {"yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "dd.MM.yyyy HH:mm",
                               "dd/MM/yyyy HH:mm", "MM/dd/yyyy h:mm AP", "d MMM yyyy, HH:mm"})
        m_dateFormat->addItem(QLatin1String(format));
    form->addRow(buddyLabel(tr("&Date format:"), m_dateFormat), m_dateFormat);
    m_datePreview = new QLabel;
    m_datePreview->setAccessibleName(tr("Date format preview"));
    form->addRow(QString(), m_datePreview);

    form->addRow(noteLabel(tr("These settings apply at once. A new page size loads the rows on "
                              "show again in pages of the new size.")));
    return page;
}

QWidget *PreferencesDialog::buildNetworkPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_timeout = new QSpinBox;
    m_timeout->setAccessibleName(tr("Request timeout"));
    m_timeout->setRange(Preferences::kMinTimeoutSeconds, Preferences::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("A request without a complete answer in this time fails as a "
                             "timeout (and is retried when that is safe)"));
    form->addRow(buddyLabel(tr("Request &timeout:"), m_timeout), m_timeout);

    m_callLimit = new QSpinBox;
    m_callLimit->setAccessibleName(tr("Time limit of a call"));
    m_callLimit->setRange(Preferences::kMinCallTimeLimitSeconds,
                          Preferences::kMaxCallTimeLimitSeconds);
    m_callLimit->setSuffix(tr(" s"));
    m_callLimit->setToolTip(tr("A call ends as a timeout after this time in all, its retries, "
                               "their waits and a slowly arriving answer included"));
    form->addRow(buddyLabel(tr("Time limit of a &call:"), m_callLimit), m_callLimit);

    m_http2 = new QCheckBox(tr("Use &HTTP/2 when the server offers it"));
    m_http2->setAccessibleName(tr("Use HTTP/2"));
    m_http2->setToolTip(tr("Turn off when a proxy or firewall on the way breaks HTTP/2"));
    form->addRow(m_http2);

    form->addRow(noteLabel(tr("These settings apply from the next request on; requests already "
                              "sent finish as they started.")));
    return page;
}

QWidget *PreferencesDialog::buildExportPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_headerKeys = new QRadioButton(tr("API &keys (number, offer_id, …)"));
    m_headerKeys->setAccessibleName(tr("Header row with API keys"));
    m_headerLabels = new QRadioButton(tr("Column &labels (Number, Offer, …)"));
    m_headerLabels->setAccessibleName(tr("Header row with column labels"));
    auto *group = new QButtonGroup(page);
    group->addButton(m_headerKeys);
    group->addButton(m_headerLabels);
    auto *header = new QVBoxLayout;
    header->addWidget(m_headerKeys);
    header->addWidget(m_headerLabels);
    form->addRow(tr("Header row:"), header);

    m_spreadsheetSafe = new QCheckBox(tr("&Spreadsheet-safe cells (a cell starting with =, +, "
                                         "- or @ is not run as a formula)"));
    m_spreadsheetSafe->setAccessibleName(tr("Spreadsheet-safe cells"));
    form->addRow(m_spreadsheetSafe);
    m_byteOrderMark = new QCheckBox(tr("Start the file with a &byte order mark (for Excel)"));
    m_byteOrderMark->setAccessibleName(tr("Byte order mark"));
    form->addRow(m_byteOrderMark);

    m_parallel = new QSpinBox;
    m_parallel->setAccessibleName(tr("Parallel pages"));
    m_parallel->setRange(Preferences::kMinParallelPages, Preferences::kMaxParallelPages);
    m_parallel->setToolTip(tr("Pages an export asks for at the same time"));
    form->addRow(buddyLabel(tr("&Parallel pages:"), m_parallel), m_parallel);

    form->addRow(noteLabel(tr("The Export dialog starts with these choices; they apply to the "
                              "next export.")));
    return page;
}

QWidget *PreferencesDialog::buildLanguagePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_language = new QComboBox;
    m_language->setAccessibleName(tr("Language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System")
                                                 : tr("System (%1)").arg(systemLanguage),
                        int(Preferences::Language::System));
    //: The name of English in English; do not translate.
    m_language->addItem(tr("English"), int(Preferences::Language::English));
    //: The name of German in German; do not translate.
    m_language->addItem(tr("Deutsch"), int(Preferences::Language::German));
    //: The name of Spanish in Spanish; do not translate.
    m_language->addItem(tr("Español"), int(Preferences::Language::Spanish));
    form->addRow(buddyLabel(tr("&Language:"), m_language), m_language);

    form->addRow(noteLabel(tr("The language applies after a restart: Numbers Desk loads its "
                              "translation when it starts.")));
    m_restartNote = new QLabel(tr("Restart Numbers Desk to use the new language."));
    m_restartNote->setAccessibleName(tr("Restart needed"));
    m_restartNote->setWordWrap(true);
    QFont bold = m_restartNote->font();
    bold.setBold(true);
    m_restartNote->setFont(bold);
    form->addRow(m_restartNote);
    return page;
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.pageSize = m_pageSize->value();
    p.requestsInFlight = m_inFlight->value();
    p.timeZone = m_timeZone->currentData().toString();
    p.dateFormat = m_dateFormat->currentText().trimmed();
    p.requestTimeoutSeconds = m_timeout->value();
    p.callTimeLimitSeconds = m_callLimit->value();
    p.http2 = m_http2->isChecked();
    p.exportHeader = m_headerLabels->isChecked() ? CsvRecordFormatter::HeaderStyle::Labels
                                                 : CsvRecordFormatter::HeaderStyle::Keys;
    p.exportSpreadsheetSafe = m_spreadsheetSafe->isChecked();
    p.exportByteOrderMark = m_byteOrderMark->isChecked();
    p.exportParallelPages = m_parallel->value();
    p.language = Preferences::Language(m_language->currentData().toInt());
    p.defaultCountry = m_defaultCountry->currentData().toString();
    p.snapshotsKept = m_snapshotsKept->value();
    p.dailySnapshotOnSandbox = m_dailyOnSandbox->isChecked();
    p.dailySnapshotOnAccounts = m_dailyOnAccounts->isChecked();
    for (int row = 0; row < m_prices->rowCount(); ++row) {
        const QString country = m_prices->item(row, 0)->data(Qt::UserRole).toString();
        for (const auto &[column, tollFree] : {std::pair{1, false}, std::pair{2, true}}) {
            const auto *box = qobject_cast<QDoubleSpinBox *>(m_prices->cellWidget(row, column));
            if (box && box->value() >= 0)
                p.monthlyPrices.insert(InventoryInsights::priceKey(country, tollFree),
                                       box->value());
        }
    }
    return p.normalized();
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    const Preferences p = preferences.normalized();
    m_pageSize->setValue(p.pageSize);
    m_inFlight->setValue(p.requestsInFlight);
    m_timeZone->setCurrentIndex(qMax(0, m_timeZone->findData(p.timeZone)));
    m_defaultCountry->setCurrentIndex(qMax(0, m_defaultCountry->findData(p.defaultCountry)));
    m_dateFormat->setEditText(p.dateFormat);
    m_timeout->setValue(p.requestTimeoutSeconds);
    m_callLimit->setValue(p.callTimeLimitSeconds);
    m_http2->setChecked(p.http2);
    m_headerKeys->setChecked(p.exportHeader == CsvRecordFormatter::HeaderStyle::Keys);
    m_headerLabels->setChecked(p.exportHeader == CsvRecordFormatter::HeaderStyle::Labels);
    m_spreadsheetSafe->setChecked(p.exportSpreadsheetSafe);
    m_byteOrderMark->setChecked(p.exportByteOrderMark);
    m_parallel->setValue(p.exportParallelPages);
    m_language->setCurrentIndex(qMax(0, m_language->findData(int(p.language))));
    m_snapshotsKept->setValue(p.snapshotsKept);
    m_dailyOnSandbox->setChecked(p.dailySnapshotOnSandbox);
    m_dailyOnAccounts->setChecked(p.dailySnapshotOnAccounts);
    m_priceCountry->setCurrentIndex(
        qMax(0, m_priceCountry->findData(p.defaultCountry.isEmpty() ? QStringLiteral("US")
                                                                    : p.defaultCountry)));
    m_prices->setRowCount(0);
    QMap<QString, QPair<std::optional<double>, std::optional<double>>> byCountry;
    for (auto it = p.monthlyPrices.cbegin(); it != p.monthlyPrices.cend(); ++it) {
        const QString country = it.key().section(QLatin1Char('/'), 0, 0);
        const bool tollFree = it.key() == InventoryInsights::priceKey(country, true);
        (tollFree ? byCountry[country].second : byCountry[country].first) = it.value();
    }
    for (auto it = byCountry.cbegin(); it != byCountry.cend(); ++it)
        addPriceRow(it.key(), it.value().first, it.value().second);
    updatePreview();
    updateButtons();
}

void PreferencesDialog::updatePreview()
{
    const QString format = m_dateFormat->currentText().trimmed();
    const QDateTime sample(QDate(2026, 3, 14), QTime(15, 9, 26));
    m_datePreview->setText(
        format.isEmpty()
            ? tr("Empty: the default %1 is used.").arg(Preferences::defaultDateFormat())
            : tr("Example: %1").arg(QLocale().toString(sample, format)));
}

void PreferencesDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(preferences() != m_saved);
    m_restartNote->setVisible(preferences().language != m_atLaunch.language);
}

void PreferencesDialog::apply()
{
    const Preferences p = preferences();
    const bool restart = Preferences::needsRestart(m_saved, p);
    if (!m_store.save(p)) {
        m_restartNote->setText(tr("The preferences could not be saved."));
        m_restartNote->setVisible(true);
        return;
    }
    m_saved = p;
    updateButtons();
    emit applied(p, restart);
}

void PreferencesDialog::accept()
{
    if (preferences() != m_saved)
        apply();
    QDialog::accept();
}

void PreferencesDialog::restoreDefaults()
{
    setPreferences(Preferences{});
}

} // namespace numdesk
