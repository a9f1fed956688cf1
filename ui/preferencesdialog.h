#pragma once

#include "preferences.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace numdesk {

class PreferencesStore;

// Edit > Preferences…: table (page size, requests in flight, default time zone, default country
// of typed numbers, date format),
// network (request timeout, HTTP/2), export defaults, language, and snapshots (how many are kept,
// the monthly price of a number per country, local and toll-free, that Insights counts costs
// with). Apply and OK save to the
// PreferencesStore and emit applied(); the window applies them at once (Workspace). Only the
// language needs a restart, and the dialog says so next to it and again when it changes.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(PreferencesStore &store, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const; // what the controls say now
    void showSnapshotsPage();        // where monthly prices are set
    void setPreferences(const Preferences &preferences);

public slots:
    void apply();
    void accept() override; // apply, then close
    void restoreDefaults(); // in the controls only, until Apply or OK

signals:
    // Saved; `needsRestart` when something that applies only after a restart changed.
    void applied(const numdesk::Preferences &preferences, bool needsRestart);

private:
    QWidget *buildTablePage();
    QWidget *buildNetworkPage();
    QWidget *buildExportPage();
    QWidget *buildLanguagePage();
    QWidget *buildSnapshotsPage();
    void addPriceRow(const QString &country, std::optional<double> local,
                     std::optional<double> tollFree);
    void updatePreview();
    void updateButtons();

    PreferencesStore &m_store;
    Preferences m_saved;    // what the store holds
    Preferences m_atLaunch; // the language in use is the one read at start

    QTabWidget *m_tabs = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QSpinBox *m_inFlight = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_defaultCountry = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QLabel *m_datePreview = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_callLimit = nullptr;
    QCheckBox *m_http2 = nullptr;
    QRadioButton *m_headerKeys = nullptr;
    QRadioButton *m_headerLabels = nullptr;
    QCheckBox *m_spreadsheetSafe = nullptr;
    QCheckBox *m_byteOrderMark = nullptr;
    QSpinBox *m_parallel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_restartNote = nullptr;
    QSpinBox *m_snapshotsKept = nullptr;
    QCheckBox *m_dailyOnSandbox = nullptr;
    QCheckBox *m_dailyOnAccounts = nullptr;
    QComboBox *m_priceCountry = nullptr;
    QTableWidget *m_prices = nullptr; // country | local | toll-free (QDoubleSpinBox cells)
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace numdesk
