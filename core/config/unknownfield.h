#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// A field the typed structs do not model (or whose value had the wrong type), kept so that
/// a load/save round trip does not lose the user's data.
///
/// `yaml` is the field's value as YAML text with the source's scalar quoting preserved
/// ("0123" stays a string, 0123 stays plain). ConfigCodec::toYaml() writes it back verbatim
/// after the modelled fields of the same mapping. When the struct sets a modelled field of
/// the same key, the struct wins and the kept copy is dropped.
struct UnknownField
{
    QString key;
    QByteArray yaml;

    bool operator==(const UnknownField &) const = default;
};

using UnknownFields = QList<UnknownField>;
