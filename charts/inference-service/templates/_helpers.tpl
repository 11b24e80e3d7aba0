{{- define "inference-service.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The stable track's name. Truncated to 54 characters so that "-baseline" still fits in 63.
*/}}
{{- define "inference-service.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 54 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 54 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 54 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "inference-service.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "inference-service.selectorLabels" -}}
app.kubernetes.io/name: {{ include "inference-service.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "inference-service.labels" -}}
helm.sh/chart: {{ include "inference-service.chart" . }}
{{ include "inference-service.selectorLabels" . }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
The name of a track's objects: the full name for stable, with the track appended otherwise.
Called with (dict "root" $ "track" "canary").
*/}}
{{- define "inference-service.trackName" -}}
{{- if eq .track "stable" }}
{{- include "inference-service.fullname" .root }}
{{- else }}
{{- printf "%s-%s" (include "inference-service.fullname" .root) .track }}
{{- end }}
{{- end }}

{{/*
The stable image as a dict (repository, tag, digest). The tag defaults to appVersion unless a digest is given.
*/}}
{{- define "inference-service.stableImage" -}}
{{- $digest := toString (.Values.image.digest | default "") }}
{{- $tag := toString (.Values.image.tag | default "") }}
{{- if and (not $tag) (not $digest) }}
{{- $tag = .Chart.AppVersion }}
{{- end }}
{{- dict "repository" .Values.image.repository "tag" $tag "digest" $digest | toJson }}
{{- end }}

{{- define "inference-service.canaryImage" -}}
{{- $image := .Values.canary.image | default dict }}
{{- $digest := toString ($image.digest | default "") }}
{{- $tag := toString ($image.tag | default "") }}
{{- if and (not $tag) (not $digest) }}
{{- fail "canary.enabled is true but neither canary.image.tag nor canary.image.digest is set" }}
{{- end }}
{{- dict "repository" ($image.repository | default .Values.image.repository) "tag" $tag "digest" $digest | toJson }}
{{- end }}

{{/*
repository[:tag][@digest] from an image dict.
*/}}
{{- define "inference-service.imageRef" -}}
{{- .repository }}{{ if .tag }}:{{ .tag }}{{ end }}{{ if .digest }}@{{ .digest }}{{ end }}
{{- end }}

{{/*
The `version` label: the tag, or the digest when there is no tag, made a valid label value.
*/}}
{{- define "inference-service.version" -}}
{{- $v := .tag | default (.digest | replace ":" "-") }}
{{- regexReplaceAll "[^A-Za-z0-9._-]" $v "_" | trunc 63 | trimSuffix "-" | trimSuffix "_" | trimSuffix "." }}
{{- end }}

{{- define "inference-service.weight" -}}
{{- $w := int (.Values.canary.weight | default 0) }}
{{- if or (lt $w 0) (gt $w 100) }}
{{- fail (printf "canary.weight must be from 0 to 100, got %d" $w) }}
{{- end }}
{{- if include "inference-service.shadow" . }}0{{ else }}{{ $w }}{{ end }}
{{- end }}

{{/* Non-empty when the canary runs as a shadow: it serves no user and gets mirrored requests. */}}
{{- define "inference-service.shadow" -}}
{{- if and .Values.canary.enabled (eq (.Values.canary.mode | default "weighted") "shadow") }}true{{ end }}
{{- end }}

{{- define "inference-service.mirrorPercent" -}}
{{- $p := int (.Values.canary.mirrorPercent | default 0) }}
{{- if or (lt $p 1) (gt $p 100) }}
{{- fail (printf "canary.mirrorPercent must be from 1 to 100, got %d" $p) }}
{{- end }}
{{- $p }}
{{- end }}

{{/*
Canary (and baseline) pods. Explicit canary.replicas wins; with traffic.method=replicas the count follows
the weight: stable * weight / (100 - weight), rounded, at least 1 for a weight above 0.
*/}}
{{- define "inference-service.canaryReplicas" -}}
{{- $w := int (include "inference-service.weight" .) }}
{{- if not (kindIs "invalid" .Values.canary.replicas) }}
{{- int .Values.canary.replicas }}
{{- else if eq .Values.traffic.method "replicas" }}
{{- if ge $w 100 }}
{{- fail "canary.weight 100 cannot be reached by replica ratio (traffic.method=replicas): promote instead, or set canary.replicas" }}
{{- end }}
{{- $stable := int (ternary .Values.autoscaling.minReplicas .Values.replicaCount .Values.autoscaling.enabled) }}
{{- if eq $w 0 }}0{{ else }}{{ max 1 (div (add (mul 2 $stable $w) (sub 100 $w)) (mul 2 (sub 100 $w))) }}{{ end }}
{{- else }}1
{{- end }}
{{- end }}

{{- define "inference-service.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "inference-service.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "inference-service.validate" -}}
{{- $methods := list "replicas" "nginx" "gateway-api" }}
{{- if not (has .Values.traffic.method $methods) }}
{{- fail (printf "traffic.method must be one of replicas, nginx, gateway-api, got %v" .Values.traffic.method) }}
{{- end }}
{{- if and .Values.baseline.enabled (eq .Values.traffic.method "nginx") }}
{{- fail "baseline.enabled needs traffic.method replicas or gateway-api: ingress-nginx routes only one canary per host" }}
{{- end }}
{{- if not (has (.Values.canary.mode | default "weighted") (list "weighted" "shadow")) }}
{{- fail (printf "canary.mode must be weighted or shadow, got %v" .Values.canary.mode) }}
{{- end }}
{{- if include "inference-service.shadow" . }}
{{- if eq .Values.traffic.method "replicas" }}
{{- fail "canary.mode shadow cannot work with traffic.method replicas: the canary's pods would sit behind the stable Service and serve users, and a Service cannot copy requests. Use traffic.method gateway-api (an HTTPRoute RequestMirror) or nginx (ingress-nginx mirror-target)" }}
{{- end }}
{{- if .Values.baseline.enabled }}
{{- fail "canary.mode shadow takes no baseline: the shadow is compared with stable, whose requests it receives" }}
{{- end }}
{{- $percent := int (include "inference-service.mirrorPercent" .) }}
{{- if and (eq .Values.traffic.method "nginx") (ne $percent 100) }}
{{- fail (printf "canary.mirrorPercent %d needs traffic.method gateway-api: ingress-nginx mirror-target copies every request; use 100 with nginx" $percent) }}
{{- end }}
{{- end }}
{{- if and (eq .Values.traffic.method "gateway-api") (not .Values.traffic.gatewayApi.parentRefs) }}
{{- fail "traffic.method gateway-api needs traffic.gatewayApi.parentRefs (the Gateway the HTTPRoute attaches to)" }}
{{- end }}
{{- end }}
