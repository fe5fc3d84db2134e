// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dns/dnslookup.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace MailInspect {

namespace Dns {
class HostResolver;
}

/// One bounded HTTP(S) request for a configuration document. The body is
/// cut off at MailConfigLimits::maxDocumentBytes (the request fails), the
/// whole exchange at the timeout. Redirects are followed by hand, at most
/// two, and never from https to http; the final URL is kept. With a DNS
/// server the host name is looked up there and the request goes to that
/// address, the name still sent (Host, SNI) and checked in the certificate.
class HttpFetch : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        std::optional<Dns::Server> dnsServer;
        QList<QSslCertificate> extraCaCertificates;
        int timeoutMs = 10000;
    };

    HttpFetch(QNetworkAccessManager *manager, const QUrl &url, const Options &options,
              QObject *parent = nullptr);
    ~HttpFetch() override;

    /// POST @p body (text/xml) instead of GET.
    void setPostBody(const QByteArray &body) { m_post = body; }
    void start();
    void abort();

    bool ok() const { return m_ok; }
    QByteArray body() const { return m_body; }
    QUrl url() const { return m_url; } ///< the URL asked first
    QUrl finalUrl() const { return m_current; } ///< after redirects
    int httpStatus() const { return m_status; }
    QString outcome() const { return m_outcome; } ///< one line for people

Q_SIGNALS:
    void finished();

private:
    void request(const QUrl &url);
    void send(const QUrl &url, const QString &address);
    void onReadyRead();
    void onFinished();
    void done(bool ok, const QString &outcome);

    QNetworkAccessManager *m_manager;
    QUrl m_url;
    QUrl m_current;
    Options m_options;
    QByteArray m_post;
    QPointer<QNetworkReply> m_reply;
    Dns::HostResolver *m_resolver = nullptr;
    QByteArray m_body;
    int m_status = 0;
    int m_redirects = 0;
    bool m_ok = false;
    bool m_finished = false;
    bool m_tooLarge = false;
    QString m_outcome;
};

} // namespace MailInspect
