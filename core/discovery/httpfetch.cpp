// SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfetch.h"

#include "discovery/mailconfig.h"
#include "dns/hostresolver.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace MailInspect {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFinder)
};
constexpr int maxRedirects = 2;
} // namespace

HttpFetch::HttpFetch(QNetworkAccessManager *manager, const QUrl &url, const Options &options,
                     QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_url(url)
    , m_current(url)
    , m_options(options)
{ }

HttpFetch::~HttpFetch()
{
    abort();
}

void HttpFetch::start()
{
    request(m_url);
}

void HttpFetch::abort()
{
    m_finished = true;
    if (m_resolver) {
        m_resolver->abort();
        m_resolver->deleteLater();
        m_resolver = nullptr;
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpFetch::request(const QUrl &url)
{
    m_current = url;
    if (!m_options.dnsServer) {
        send(url, {});
        return;
    }
    // The name goes to the DNS server asked for, like every other lookup.
    m_resolver
        = new Dns::HostResolver(url.host(), m_options.dnsServer, m_options.timeoutMs / 2, this);
    connect(m_resolver, &Dns::HostResolver::finished, this, [this] {
        Dns::HostResolver *resolver = m_resolver;
        m_resolver = nullptr;
        resolver->deleteLater();
        if (resolver->outcome() != Dns::HostResolver::Outcome::Ok) {
            done(false, Tr::tr("%1: %2").arg(m_current.host(), resolver->error()));
            return;
        }
        send(m_current, resolver->addresses().constFirst().toString());
    });
    m_resolver->start();
}

void HttpFetch::send(const QUrl &url, const QString &address)
{
    QUrl target = url;
    QNetworkRequest req;
    if (!address.isEmpty()) {
        target.setHost(address);
        QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
        if (url.port() > 0)
            host += ':' + QByteArray::number(url.port());
        req.setRawHeader("Host", host);
        req.setPeerVerifyName(url.host());
    }
    req.setUrl(target);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setTransferTimeout(m_options.timeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("mailinspect"));
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_options.extraCaCertificates.isEmpty())
            ssl.addCaCertificates(m_options.extraCaCertificates);
        req.setSslConfiguration(ssl);
    }
    if (m_post.isNull()) {
        m_reply = m_manager->get(req);
    } else {
        req.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("text/xml; charset=utf-8"));
        m_reply = m_manager->post(req, m_post);
    }
    m_body.clear();
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpFetch::onFinished);
}

void HttpFetch::onReadyRead()
{
    m_body += m_reply->read(MailConfigLimits::maxDocumentBytes + 1 - m_body.size());
    if (m_body.size() > MailConfigLimits::maxDocumentBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void HttpFetch::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (m_tooLarge) {
        done(false, Tr::tr("the answer is larger than 256 KiB"));
        return;
    }
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_status >= 300 && m_status < 400) {
        const QUrl location = m_current.resolved(
            reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl());
        const bool downgrade = m_current.scheme() == QLatin1String("https")
            && location.scheme() != QLatin1String("https");
        const bool web = location.scheme() == QLatin1String("https")
            || location.scheme() == QLatin1String("http");
        if (!location.isValid() || !web || downgrade || m_redirects >= maxRedirects) {
            done(false,
                 Tr::tr("HTTP %1: a redirect to %2 (not followed)")
                     .arg(m_status)
                     .arg(location.toDisplayString().left(200)));
            return;
        }
        ++m_redirects;
        request(location);
        return;
    }
    if (reply->error() != QNetworkReply::NoError && m_status == 0) {
        done(false, reply->errorString());
        return;
    }
    if (m_status != 200) {
        done(false, Tr::tr("HTTP %1").arg(m_status));
        return;
    }
    m_body += reply->readAll().left(MailConfigLimits::maxDocumentBytes + 1 - m_body.size());
    if (m_body.size() > MailConfigLimits::maxDocumentBytes) {
        done(false, Tr::tr("the answer is larger than 256 KiB"));
        return;
    }
    done(true, Tr::tr("HTTP 200, %n bytes", nullptr, int(m_body.size())));
}

void HttpFetch::done(bool ok, const QString &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_ok = ok;
    if (!ok)
        m_body.clear();
    m_outcome = outcome;
    Q_EMIT finished();
}

} // namespace MailInspect
