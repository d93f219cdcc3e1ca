#pragma once

class QDialogButtonBox;

/// The standard buttons of a dialog in the UI language. Qt names them from its own qtbase
/// translations, which are often not installed; these come with TierBench's .qm files.
namespace DialogButtons {
void translate(QDialogButtonBox *box);
}
