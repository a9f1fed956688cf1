#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <cstring>
#include <vector>

namespace numdesk {

// The JSON bytes of one record as they are written: ~100 small pieces (keys, commas, values),
// appended inline. QByteArray::append goes through QByteArray::insert, out of line, in Qt 6.4:
// those calls and their copies were ~40 % of the sandbox's CPU for a list page
// (NumberJsonWriter) and a third of a snapshot's encoding of a record (SnapshotStore::encode).
// The storage is kept from one record to the next. Appends the way QByteArray does, so that
// the writers' helpers take either.
class RecordBuffer
{
public:
    RecordBuffer() { m_bytes.resize(1024); }

    void clear() { m_size = 0; } // keeps the storage
    void append(const char *data, qsizetype size)
    {
        if (size <= 0)
            return; // an empty view may have no data at all: memcpy must not see nullptr
        if (m_size + size > qsizetype(m_bytes.size()))
            grow(size);
        std::memcpy(m_bytes.data() + m_size, data, size_t(size));
        m_size += size;
    }
    void append(char c)
    {
        if (m_size == qsizetype(m_bytes.size()))
            grow(1);
        m_bytes[size_t(m_size++)] = c;
    }
    void append(QByteArrayView bytes) { append(bytes.data(), bytes.size()); }
    void append(const QByteArray &bytes) { append(bytes.constData(), bytes.size()); }

    // `size` more bytes at the end, to be written through the pointer.
    char *appendUninitialized(qsizetype size)
    {
        if (m_size + size > qsizetype(m_bytes.size()))
            grow(size);
        char *at = m_bytes.data() + m_size;
        m_size += size;
        return at;
    }

    const char *constData() const { return m_bytes.data(); }
    qsizetype size() const { return m_size; }
    QByteArrayView view() const { return {m_bytes.data(), m_size}; }

private:
    void grow(qsizetype more)
    {
        m_bytes.resize(std::max(m_bytes.size() * 2, size_t(m_size + more)));
    }

    std::vector<char> m_bytes;
    qsizetype m_size = 0;
};

} // namespace numdesk
