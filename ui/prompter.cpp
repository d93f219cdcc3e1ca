#include "prompter.h"

#include "diffdialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

Prompter::CloseAnswer DialogPrompter::askSaveChanges(const QString &documentName)
{
    const auto answer = QMessageBox::warning(
        m_parent, tr("Unsaved changes"),
        tr("%1 has unsaved changes. Save them before closing?").arg(documentName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return CloseAnswer::Save;
    return answer == QMessageBox::Discard ? CloseAnswer::Discard : CloseAnswer::Cancel;
}

bool DialogPrompter::confirm(const QString &title, const QString &text)
{
    return QMessageBox::question(m_parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes)
        == QMessageBox::Yes;
}

bool DialogPrompter::reviewDiff(const QString &fileName, const QString &before,
                                const QString &after)
{
    DiffDialog dialog(fileName, before, after, m_parent);
    return dialog.exec() == QDialog::Accepted;
}

QString DialogPrompter::saveFileName(const QString &caption, const QString &suggested,
                                     const QString &filter)
{
    return QFileDialog::getSaveFileName(m_parent, caption, suggested, filter);
}

QStringList DialogPrompter::openFileNames(const QString &caption, const QString &directory,
                                          const QString &filter)
{
    return QFileDialog::getOpenFileNames(m_parent, caption, directory,
                                         filter.isEmpty() ? tr("YAML files (*.yaml *.yml);;All files (*)") : filter);
}

QString DialogPrompter::existingDirectory(const QString &caption, const QString &directory)
{
    return QFileDialog::getExistingDirectory(m_parent, caption, directory);
}

void DialogPrompter::showError(const QString &title, const QString &text)
{
    QMessageBox::critical(m_parent, title, text);
}

bool DialogPrompter::refuse(const QString &title, const QString &text, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Close, m_parent);
    QPushButton *go = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(go); // Enter shows the problem; nothing is written either way
    box.setEscapeButton(QMessageBox::Close);
    box.exec();
    return box.clickedButton() == go;
}
