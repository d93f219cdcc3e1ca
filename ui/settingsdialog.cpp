#include "settingsdialog.h"

#include "dialogbuttons.h"
#include "settings.h"
#include "teamdatabasedialog.h"
#include "providers/completion.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QLabel *note(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setEnabled(false); // greyed: an explanation, not a value
    return l;
}
} // namespace

SettingsDialog::SettingsDialog(Settings *settings, const QString &storeInUse, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_list(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Settings"));
    setMinimumSize(820, 480);
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setMaximumWidth(200);
    row->addWidget(m_list);
    row->addWidget(m_pages, 1);
    layout->addLayout(row, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    DialogButtons::translate(buttons);
    layout->addWidget(buttons);

    addPage(tr("General"), buildGeneral());
    addPage(tr("Calls"), buildCalls());
    addPage(tr("Models"), buildModels());
    m_team = new TeamDatabasePage(settings, storeInUse, this);
    addPage(tr("Team database"), m_team);
    connect(m_list, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);
    m_list->setCurrentRow(0);
    load();
}

QWidget *SettingsDialog::buildGeneral()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    const QString system = Translations::resolve({});
    for (const Translations::Language &l : Translations::available()) {
        if (l.code == system)
            m_language->insertItem(0, tr("System default (%1)").arg(l.name), QString());
        m_language->addItem(l.name, l.code);
    }
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), note(tr("Menus, numbers and dates follow the language; exported files never do. "
                                    "A new language applies when TierBench starts next."), page));
    auto *pick = new QHBoxLayout;
    m_defaultWorkspace = new QLineEdit(page);
    m_defaultWorkspace->setPlaceholderText(tr("The last workspace opened"));
    m_defaultWorkspace->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("Browse…"), page);
    pick->addWidget(m_defaultWorkspace, 1);
    pick->addWidget(browse);
    form->addRow(tr("Default workspace:"), pick);
    form->addRow(QString(), note(tr("The folder of configs TierBench opens at start when no --workspace is given."), page));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Default workspace"), m_defaultWorkspace->text());
        if (!dir.isEmpty())
            m_defaultWorkspace->setText(dir);
    });
    return page;
}

QWidget *SettingsDialog::buildCalls()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_deadline = new QSpinBox(page);
    m_deadline->setRange(0, 24 * 3600);
    m_deadline->setSingleStep(30);
    m_deadline->setSuffix(tr(" s"));
    m_deadline->setSpecialValueText(tr("No limit"));
    form->addRow(tr("Total call deadline:"), m_deadline);
    form->addRow(QString(), note(tr("The longest one model call may take, retries and waits included: a server that "
                                    "drips bytes is stopped here. Applies to the next call in Compare, the Router and "
                                    "the Models mode."), page));
    return page;
}

QWidget *SettingsDialog::buildModels()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_sync = new QComboBox(page);
    m_sync->addItem(tr("Off"), 0);
    m_sync->addItem(tr("Every hour"), 1);
    m_sync->addItem(tr("Every 6 hours"), 6);
    m_sync->addItem(tr("Every day"), 24);
    form->addRow(tr("Sync the model registry:"), m_sync);
    form->addRow(QString(), note(tr("While TierBench runs, fetch the model lists of every provider with a key "
                                    "(the Models mode's Sync now, on a schedule)."), page));
    return page;
}

void SettingsDialog::load()
{
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings->value(SettingKeys::Language))));
    m_defaultWorkspace->setText(m_settings->value(SettingKeys::DefaultWorkspace));
    m_deadline->setValue(m_settings->contains(SettingKeys::CallDeadlineSeconds)
                             ? m_settings->value(SettingKeys::CallDeadlineSeconds)
                             : CallPolicy::defaultTotalTimeoutMs() / 1000);
    const int hours = m_settings->value(SettingKeys::ModelsSyncHours);
    const int index = m_sync->findData(hours);
    if (index < 0)
        m_sync->addItem(tr("Every %n hour(s)", nullptr, hours), hours);
    m_sync->setCurrentIndex(qMax(0, m_sync->findData(hours)));
}

void SettingsDialog::addPage(const QString &title, QWidget *page)
{
    page->setParent(m_pages);
    m_pages->addWidget(page);
    m_list->addItem(title);
}

void SettingsDialog::setCurrentPage(int index)
{
    m_list->setCurrentRow(index);
}

int SettingsDialog::currentPage() const
{
    return m_pages->currentIndex();
}

int SettingsDialog::pageCount() const
{
    return m_pages->count();
}

bool SettingsDialog::apply()
{
    if (!m_team->save()) {
        setCurrentPage(TeamDatabasePageIndex);
        return false;
    }
    m_settings->setValue(SettingKeys::Language, m_language->currentData().toString());
    m_settings->setValue(SettingKeys::DefaultWorkspace, m_defaultWorkspace->text().trimmed());
    m_settings->setValue(SettingKeys::CallDeadlineSeconds, m_deadline->value());
    m_settings->setValue(SettingKeys::ModelsSyncHours, m_sync->currentData().toInt());
    m_settings->sync();
    emit applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}
