#pragma once

// Internal to core/config: a valijson adapter over yaml-cpp nodes that types scalars the way
// the Kubernetes API server reads YAML (YAML 1.2 core schema), and prunes null-valued fields.
//
// valijson's own YamlCppAdapter treats every scalar as a string, so it cannot tell
// `cost: "0.80"` (a string) from `cost: 0.80` (a number). This one is modelled on it
// (valijson/adapters/yaml_cpp_adapter.hpp, BSD-2-Clause) with three changes:
//  - a quoted scalar ("!" tag) is a string; a plain one is null, bool, integer, number or
//    string by its text, like a JSON decoder after yaml-to-json;
//  - hasStrictTypes() is true, so "1" never passes as an integer;
//  - a mapping member whose value is null is invisible (the API server prunes it before
//    validation).

#include <yaml-cpp/yaml.h>

#include <valijson/exceptions.hpp>
#include <valijson/internal/adapter.hpp>
#include <valijson/internal/basic_adapter.hpp>
#include <valijson/internal/frozen_value.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace ConfigDetail {

/// The JSON type a YAML scalar decodes to.
enum class ScalarType { Null, Bool, Integer, Float, String };

/// YAML 1.2 core-schema typing of a scalar node, with YAML 1.1's yes/no/on/off booleans as
/// kubectl reads them; quoted and explicitly tagged !!str scalars
/// are strings. Integers that do not fit in int64 are Float (a JSON decoder makes them so).
ScalarType scalarType(const YAML::Node &node);
/// The integer value of an Integer scalar (decimal, 0o octal or 0x hex).
bool scalarInteger(const std::string &text, std::int64_t &out);
/// The value of a Float or Integer scalar (.inf and .nan included).
double scalarDouble(const std::string &text);
/// True for a null node or a plain null scalar.
inline bool isPrunedNull(const YAML::Node &node)
{
    return !node || node.IsNull() || (node.IsScalar() && scalarType(node) == ScalarType::Null);
}

class KubeYamlAdapter;
class KubeYamlArrayIterator;
class KubeYamlObjectIterator;

using KubeYamlObjectMember = std::pair<std::string, KubeYamlAdapter>;

class KubeYamlArray
{
public:
    using const_iterator = KubeYamlArrayIterator;
    using iterator = KubeYamlArrayIterator;

    KubeYamlArray() : m_value(YAML::NodeType::Sequence) { }
    explicit KubeYamlArray(const YAML::Node &value) : m_value(value) { }

    KubeYamlArrayIterator begin() const;
    KubeYamlArrayIterator end() const;
    size_t size() const { return m_value.size(); }

private:
    YAML::Node m_value;
};

class KubeYamlObject
{
public:
    using const_iterator = KubeYamlObjectIterator;
    using iterator = KubeYamlObjectIterator;

    KubeYamlObject() : m_value(YAML::NodeType::Map) { }
    explicit KubeYamlObject(const YAML::Node &value) : m_value(value) { }

    KubeYamlObjectIterator begin() const;
    KubeYamlObjectIterator end() const;
    KubeYamlObjectIterator find(const std::string &propertyName) const;
    size_t size() const;

private:
    YAML::Node m_value;
};

class KubeYamlFrozenValue : public valijson::adapters::FrozenValue
{
public:
    explicit KubeYamlFrozenValue(const YAML::Node &source) : m_value(YAML::Clone(source)) { }
    FrozenValue *clone() const override { return new KubeYamlFrozenValue(m_value); }
    bool equalTo(const valijson::adapters::Adapter &other, bool strict) const override;

private:
    YAML::Node m_value;
};

class KubeYamlValue
{
public:
    KubeYamlValue() : m_value(YAML::NodeType::Map), m_type(ScalarType::Null) { }
    explicit KubeYamlValue(const YAML::Node &value)
        : m_value(value), m_type(value.IsScalar() ? scalarType(value) : ScalarType::Null)
    {
    }

    valijson::adapters::FrozenValue *freeze() const { return new KubeYamlFrozenValue(m_value); }

    std::optional<KubeYamlArray> getArrayOptional() const
    {
        if (m_value.IsSequence())
            return std::make_optional(KubeYamlArray(m_value));
        return {};
    }
    bool getArraySize(size_t &result) const
    {
        if (!m_value.IsSequence())
            return false;
        result = m_value.size();
        return true;
    }
    bool getBool(bool &result) const
    {
        if (!isBool())
            return false;
        const char c = m_value.Scalar().front();
        const std::string &text = m_value.Scalar();
        result = c == 't' || c == 'T' || c == 'y' || c == 'Y' || text == "on" || text == "On" || text == "ON";
        return true;
    }
    bool getDouble(double &result) const
    {
        if (!isNumber())
            return false;
        result = scalarDouble(m_value.Scalar());
        return true;
    }
    bool getInteger(int64_t &result) const
    {
        std::int64_t v = 0;
        if (!isInteger() || !scalarInteger(m_value.Scalar(), v))
            return false;
        result = v;
        return true;
    }
    std::optional<KubeYamlObject> getObjectOptional() const
    {
        if (m_value.IsMap())
            return std::make_optional(KubeYamlObject(m_value));
        return {};
    }
    bool getObjectSize(size_t &result) const
    {
        if (!m_value.IsMap())
            return false;
        result = KubeYamlObject(m_value).size();
        return true;
    }
    bool getString(std::string &result) const
    {
        if (!isString())
            return false;
        result = m_value.Scalar();
        return true;
    }

    static bool hasStrictTypes() { return true; }
    bool isArray() const { return m_value.IsSequence(); }
    bool isBool() const { return m_value.IsScalar() && m_type == ScalarType::Bool; }
    bool isDouble() const { return m_value.IsScalar() && m_type == ScalarType::Float; }
    bool isInteger() const { return m_value.IsScalar() && m_type == ScalarType::Integer; }
    bool isNull() const { return !m_value.IsMap() && !m_value.IsSequence() && isPrunedNull(m_value); }
    bool isNumber() const { return isInteger() || isDouble(); }
    bool isObject() const { return m_value.IsMap(); }
    bool isString() const { return m_value.IsScalar() && m_type == ScalarType::String; }

private:
    YAML::Node m_value;
    ScalarType m_type;
};

class KubeYamlAdapter
    : public valijson::adapters::BasicAdapter<KubeYamlAdapter, KubeYamlArray, KubeYamlObjectMember,
                                              KubeYamlObject, KubeYamlValue>
{
public:
    KubeYamlAdapter() = default;
    explicit KubeYamlAdapter(const YAML::Node &value) : BasicAdapter(KubeYamlValue{value}) { }
};

/// By index, so that it can also step back (valijson's uniqueItems check does).
class KubeYamlArrayIterator
{
public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = KubeYamlAdapter;
    using difference_type = KubeYamlAdapter;
    using pointer = KubeYamlAdapter *;
    using reference = KubeYamlAdapter &;

    KubeYamlArrayIterator(const YAML::Node &sequence, size_t index) : m_sequence(sequence), m_index(index) { }
    KubeYamlAdapter operator*() const { return KubeYamlAdapter(m_sequence[m_index]); }
    valijson::adapters::DerefProxy<KubeYamlAdapter> operator->() const
    {
        return valijson::adapters::DerefProxy<KubeYamlAdapter>(**this);
    }
    bool operator==(const KubeYamlArrayIterator &other) const { return m_index == other.m_index; }
    bool operator!=(const KubeYamlArrayIterator &other) const { return m_index != other.m_index; }
    const KubeYamlArrayIterator &operator++()
    {
        ++m_index;
        return *this;
    }
    KubeYamlArrayIterator operator++(int)
    {
        KubeYamlArrayIterator pre = *this;
        ++m_index;
        return pre;
    }
    const KubeYamlArrayIterator &operator--()
    {
        --m_index;
        return *this;
    }
    void advance(std::ptrdiff_t n) { m_index = size_t(std::ptrdiff_t(m_index) + n); }

private:
    YAML::Node m_sequence;
    size_t m_index;
};

/// Walks a mapping's members, skipping those whose value is null (pruned).
class KubeYamlObjectIterator
{
public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = KubeYamlObjectMember;
    using difference_type = KubeYamlObjectMember;
    using pointer = KubeYamlObjectMember *;
    using reference = KubeYamlObjectMember &;

    KubeYamlObjectIterator(const YAML::const_iterator &itr, const YAML::const_iterator &end)
        : m_itr(itr), m_end(end)
    {
        skipPruned();
    }
    KubeYamlObjectMember operator*() const
    {
        return KubeYamlObjectMember(m_itr->first.IsScalar() ? m_itr->first.Scalar() : std::string(),
                                    KubeYamlAdapter(m_itr->second));
    }
    valijson::adapters::DerefProxy<KubeYamlObjectMember> operator->() const
    {
        return valijson::adapters::DerefProxy<KubeYamlObjectMember>(**this);
    }
    bool operator==(const KubeYamlObjectIterator &other) const { return m_itr == other.m_itr; }
    bool operator!=(const KubeYamlObjectIterator &other) const { return !(m_itr == other.m_itr); }
    const KubeYamlObjectIterator &operator++()
    {
        ++m_itr;
        skipPruned();
        return *this;
    }
    KubeYamlObjectIterator operator++(int)
    {
        KubeYamlObjectIterator pre = *this;
        ++*this;
        return pre;
    }

private:
    void skipPruned()
    {
        while (m_itr != m_end && isPrunedNull(m_itr->second))
            ++m_itr;
    }
    YAML::const_iterator m_itr;
    YAML::const_iterator m_end;
};

inline KubeYamlArrayIterator KubeYamlArray::begin() const { return {m_value, 0}; }
inline KubeYamlArrayIterator KubeYamlArray::end() const { return {m_value, m_value.size()}; }
inline KubeYamlObjectIterator KubeYamlObject::begin() const { return {m_value.begin(), m_value.end()}; }
inline KubeYamlObjectIterator KubeYamlObject::end() const { return {m_value.end(), m_value.end()}; }

inline KubeYamlObjectIterator KubeYamlObject::find(const std::string &propertyName) const
{
    for (auto it = m_value.begin(); it != m_value.end(); ++it)
        if (it->first.IsScalar() && it->first.Scalar() == propertyName)
            return isPrunedNull(it->second) ? end() : KubeYamlObjectIterator(it, m_value.end());
    return end();
}

inline size_t KubeYamlObject::size() const
{
    size_t n = 0;
    for (auto it = m_value.begin(); it != m_value.end(); ++it)
        n += isPrunedNull(it->second) ? 0 : 1;
    return n;
}

inline bool KubeYamlFrozenValue::equalTo(const valijson::adapters::Adapter &other, bool strict) const
{
    return KubeYamlAdapter(m_value).equalTo(other, strict);
}

} // namespace ConfigDetail

namespace valijson::adapters {
template<>
struct AdapterTraits<ConfigDetail::KubeYamlAdapter>
{
    using DocumentType = YAML::Node;
    static std::string adapterName() { return "KubeYamlAdapter"; }
};
} // namespace valijson::adapters
