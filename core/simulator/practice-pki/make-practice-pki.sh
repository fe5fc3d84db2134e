#!/usr/bin/env bash
# Generates the PRACTICE certificates the built-in scenarios use
# (`mailinspect --demo`). They are committed and compiled into the program:
# these keys are public and for practice only; never use them on a real
# server. Unlike the test PKI (tests/certs/make-test-certs.sh, generated at
# test time), they are made once and live for a century, so the practice
# scenarios keep behaving the same for as long as the program is used.
#
#   ca.pem                 practice root CA (the practice client trusts it)
#   NAME.pem / NAME.key    what a practice server presents (leaf + intermediate)
#     good            mail.test, localhost, 127.0.0.1, 127.0.0.2, ::1; 100 years
#     expired         same names, valid 2000-01-01 .. 2001-01-01
#     notyetvalid     same names, valid 2100-01-01 .. 2101-01-01
#     wrongname       other.invalid only
#     selfsigned      same names, self-signed
#     nointermediate  the good leaf without its intermediate
#
# Usage: make-practice-pki.sh [OUTDIR]   (default: the folder of this script)
# Re-running it replaces every key and certificate.
set -euo pipefail
out=${1:-$(cd "$(dirname "$0")" && pwd)}
mkdir -p "$out"
cd "$out"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
century=36525

ossl() { openssl "$@" 2>>"$work/openssl.log" || { cat "$work/openssl.log" >&2; exit 1; }; }

cat >"$work/ca.cnf" <<CNF
[ ca ]
default_ca = practiceca
[ practiceca ]
dir = $work
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
default_md = sha256
default_days = $century
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

# Root CA. Its key is not kept: nothing is ever signed with it again.
ossl req -x509 -newkey rsa:2048 -nodes -keyout "$work/ca.key" -out ca.pem -days $century \
    -subj "/O=Mail Inspect Practice/CN=Mail Inspect Practice Root CA (practice only)" \
    -config "$work/ca.cnf" -extensions v3_ca

# Intermediate CA, signed by the root
ossl req -new -newkey rsa:2048 -nodes -keyout "$work/intermediate.key" \
    -out "$work/intermediate.csr" \
    -subj "/O=Mail Inspect Practice/CN=Mail Inspect Practice Intermediate CA" -config "$work/ca.cnf"
ossl ca -batch -config "$work/ca.cnf" -cert ca.pem -keyfile "$work/ca.key" -days $century \
    -extensions v3_intermediate -notext -in "$work/intermediate.csr" -out "$work/intermediate.pem"

# leaf NAME CN SANS [extra ca args...]
leaf() {
    local name=$1 cn=$2 sans=$3
    shift 3
    ossl req -new -newkey rsa:2048 -nodes -keyout "$name.key" -out "$work/$name.csr" \
        -subj "/O=Mail Inspect Practice/CN=$cn" -addext "subjectAltName=$sans" \
        -config "$work/ca.cnf"
    ossl ca -batch -config "$work/ca.cnf" -cert "$work/intermediate.pem" \
        -keyfile "$work/intermediate.key" -extensions v3_leaf -notext "$@" \
        -in "$work/$name.csr" -out "$work/$name.leaf.pem"
    cat "$work/$name.leaf.pem" "$work/intermediate.pem" >"$name.pem"
}

names="DNS:mail.test,DNS:localhost,IP:127.0.0.1,IP:127.0.0.2,IP:::1"
leaf good mail.test "$names" -days $century
leaf expired mail.test "$names" -startdate 20000101000000Z -enddate 20010101000000Z
leaf notyetvalid mail.test "$names" -startdate 21000101000000Z -enddate 21010101000000Z
leaf wrongname other.invalid "DNS:other.invalid" -days $century

# The good leaf presented without its intermediate
cp "$work/good.leaf.pem" nointermediate.pem
cp good.key nointermediate.key

# Self-signed leaf
ossl req -x509 -newkey rsa:2048 -nodes -keyout selfsigned.key -out selfsigned.pem \
    -days $century -subj "/O=Mail Inspect Practice/CN=mail.test" \
    -addext "subjectAltName=$names" -config "$work/ca.cnf"

chmod 644 ./*.pem ./*.key
