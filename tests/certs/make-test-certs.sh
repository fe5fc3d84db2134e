#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mail Connection Inspector developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Generates the test PKI into OUTDIR: a root CA, an intermediate CA and one
# server certificate per variant the tests need. Run at test time, so nothing
# with a short life is ever committed.
#
#   ca.pem                 root CA (trust anchor for --ca-file)
#   intermediate.pem       intermediate CA
#   NAME.pem / NAME.key    what a server presents (leaf + intermediate) and its key
#     good          mail.test, localhost, 127.0.0.1, ::1
#     expired       mail.test, expired in 2021
#     notyetvalid   mail.test, valid from 2090
#     wrongname     other.invalid only
#     finder        the settings finder's test zones (*.autoconf.test, ...)
#     selfsigned    mail.test, self-signed
#     nointermediate  the good leaf without its intermediate
#   other-ca.pem           an unrelated CA (for "unknown issuer")
set -euo pipefail
out=${1:?usage: make-test-certs.sh OUTDIR}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$out"
[ -f .complete ] && exit 0

work=$(mktemp -d "$out/.pki.XXXXXX")
trap 'rm -rf "$work"' EXIT

ossl() { openssl "$@" 2>>"$work/openssl.log" || { cat "$work/openssl.log" >&2; exit 1; }; }

cat >"$work/ca.cnf" <<CNF
[ ca ]
default_ca = testca
[ testca ]
dir = $work
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
default_md = sha256
default_days = 825
policy = anything
copy_extensions = copy
unique_subject = no
[ anything ]
commonName = supplied
organizationName = optional
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
[ v3_ca ]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_intermediate ]
basicConstraints = critical,CA:TRUE,pathlen:0
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[ v3_leaf ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature,keyEncipherment
extendedKeyUsage = serverAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
CNF
mkdir -p "$work/newcerts"
: >"$work/index.txt"
echo 1000 >"$work/serial"

# Root CA
ossl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650 \
    -subj "/O=Mail Inspect Test/CN=Mail Inspect Test Root CA" \
    -config "$work/ca.cnf" -extensions v3_ca
# An unrelated CA nobody trusts
ossl req -x509 -newkey rsa:2048 -nodes -keyout other-ca.key -out other-ca.pem -days 3650 \
    -subj "/O=Somebody Else/CN=Unrelated Root CA" -config "$work/ca.cnf" -extensions v3_ca

# Intermediate CA, signed by the root
ossl req -new -newkey rsa:2048 -nodes -keyout intermediate.key -out "$work/intermediate.csr" \
    -subj "/O=Mail Inspect Test/CN=Mail Inspect Test Intermediate CA" -config "$work/ca.cnf"
ossl ca -batch -config "$work/ca.cnf" -cert ca.pem -keyfile ca.key -days 3000 \
    -extensions v3_intermediate -notext -in "$work/intermediate.csr" -out intermediate.pem

# leaf NAME CN SANS [extra ca args...]
leaf() {
    local name=$1 cn=$2 sans=$3
    shift 3
    ossl req -new -newkey rsa:2048 -nodes -keyout "$name.key" -out "$work/$name.csr" \
        -subj "/O=Mail Inspect Test/CN=$cn" -addext "subjectAltName=$sans" -config "$work/ca.cnf"
    ossl ca -batch -config "$work/ca.cnf" -cert intermediate.pem -keyfile intermediate.key \
        -extensions v3_leaf -notext "$@" -in "$work/$name.csr" -out "$work/$name.leaf.pem"
    cat "$work/$name.leaf.pem" intermediate.pem >"$name.pem"
    cp "$work/$name.leaf.pem" "$name.leaf.pem"
}

good_sans="DNS:mail.test,DNS:localhost,IP:127.0.0.1,IP:127.0.0.2,IP:::1"
leaf good mail.test "$good_sans" -days 825
leaf expired mail.test "$good_sans" -startdate 20200101000000Z -enddate 20210101000000Z
leaf notyetvalid mail.test "$good_sans" -startdate 20900101000000Z -enddate 20910101000000Z
leaf wrongname other.invalid "DNS:other.invalid" -days 825
# The settings finder's test zones (tests/finder): web and mail hosts under .test
finder_sans="DNS:*.autoconf.test,DNS:autoconf.test,DNS:*.srvonly.test,DNS:*.provider.test"
finder_sans="$finder_sans,DNS:provider.test,DNS:*.guess.test,DNS:*.plainhttp.test,DNS:*.exch.test"
finder_sans="$finder_sans,DNS:exch.test,DNS:ispdb.test,DNS:*.hosted.test,DNS:*.badcert.test"
finder_sans="$finder_sans,DNS:hostile.test,DNS:*.hostile.test"
leaf finder autoconf.test "$finder_sans" -days 825

# A leaf whose names carry placeholders the hostile-text tests patch into
# control bytes (the signature then no longer matches; a hostile server does
# not care): ~ becomes NUL, ^ ESC, ` BEL, and "RLO" the bidi override U+202E.
leaf hostile 'mail.test~.evil^[2J^]0;title`' \
    'DNS:mail.test~.evil,DNS:x^]8;;http://evil.example/`click,DNS:mail.test' -days 825

# The good leaf presented without its intermediate
cp good.leaf.pem nointermediate.pem
cp good.key nointermediate.key

# Self-signed leaf
ossl req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.pem -days 825 \
    -subj "/O=Mail Inspect Test/CN=mail.test" -addext "subjectAltName=$good_sans" \
    -config "$work/ca.cnf"

# ca.pem + intermediate.pem, for servers that want a CA bundle
cat ca.pem intermediate.pem >ca-bundle.pem
chmod 644 ./*.pem ./*.key
touch .complete
