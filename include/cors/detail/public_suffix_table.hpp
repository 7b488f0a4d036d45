// GENERATED FILE - DO NOT EDIT.
//
// Public Suffix List table for cors::detail::is_public_suffix()
// (see public_suffix.hpp).
//
// Source file : tools/data/public_suffix_list.dat
// Source note : Public Suffix List, upstream commit e8c9a2b2b2856b6449999dd0ec0d118f364ed0cd of 2026-08-19 (https://github.com/publicsuffix/list), unchanged
// Source version/date: (no VERSION/COMMIT/DATE line in the file header)
// Source size : 333075 bytes, sha256 df6306ec61971424ad259757b399911f4d414486629a5a00e299a2b6c7957089
// The PSL is (c) Mozilla Foundation and contributors, MPL-2.0:
// https://publicsuffix.org/list/public_suffix_list.dat
//
// Rules read  : 10248 (ICANN 6949, PRIVATE 3299); 0 outside both sections ignored
// Unicode rules converted to A-labels (punycode): 459
// Skipped (conversion/validation failures): 0
// Duplicates after normalisation: 0
// Emitted     : 9957 plain, 283 wildcard (*.x, stored as x), 8 exception (!y.x, stored as y.x)
// Below       : 1211 domains with a rule strictly below them (psl_below)
// Packed text : 126722 bytes in 3 chunk(s) (133340 bytes before substring sharing)
//
// Regenerate (from the repository root):
//   python3 tools/gen_public_suffix.py tools/data/public_suffix_list.dat -o include/cors/detail/public_suffix_table.hpp --source-note 'Public Suffix List, upstream commit e8c9a2b2b2856b6449999dd0ec0d118f364ed0cd of 2026-08-19 (https://github.com/publicsuffix/list), unchanged'
// Any PSL file works, e.g. Debian's /usr/share/publicsuffix/public_suffix_list.dat (package `publicsuffix`).
//
// Representation: every rule is one std::uint32_t
//   (chunk index << 24) | (byte offset in chunk << 8) | length
// pointing into one of the psl_chunk_* string literals. The psl_plain, psl_wildcard,
// psl_exception and psl_below arrays are sorted by std::string_view::compare order,
// for binary search; psl_below_witness and psl_below_witness_wildcard are parallel
// to psl_below.

#pragma once

#include <cstddef>
#include <cstdint>

namespace cors { inline namespace v1 { namespace detail {

inline constexpr char psl_chunk_0[] =
    "transfer-webapp.cn-northwest-1.on.amazonwebservices.com.cn"
    "s3-accesspoint-fips.dualstack.us-gov-east-1.amazonaws.com"
    "s3-accesspoint-fips.dualstack.us-gov-west-1.amazonaws.com"
    "s3-accesspoint-fips.dualstack.ca-central-1.amazonaws.com"
    "s3-accesspoint.dualstack.cn-northwest-1.amazonaws.com.cn"
    "auth.cognito-idp.eusc-de-east-1.on.amazonwebservices.eu"
    "transfer-webapp.cn-north-1.on.amazonwebservices.com.cn"
    "webview-assets.aws-cloud9.ap-northeast-1.amazonaws.com"
    "webview-assets.aws-cloud9.ap-northeast-2.amazonaws.com"
    "webview-assets.aws-cloud9.ap-northeast-3.amazonaws.com"
    "webview-assets.aws-cloud9.ap-southeast-1.amazonaws.com"
    "webview-assets.aws-cloud9.ap-southeast-2.amazonaws.com"
    "s3-accesspoint-fips.dualstack.ca-west-1.amazonaws.com"
    "s3-accesspoint-fips.dualstack.us-east-1.amazonaws.com"
    "s3-accesspoint-fips.dualstack.us-east-2.amazonaws.com"
    "s3-accesspoint-fips.dualstack.us-west-1.amazonaws.com"
    "s3-accesspoint-fips.dualstack.us-west-2.amazonaws.com"
    "s3-accesspoint.dualstack.ap-northeast-1.amazonaws.com"
    "s3-accesspoint.dualstack.ap-northeast-2.amazonaws.com"
    "s3-accesspoint.dualstack.ap-northeast-3.amazonaws.com"
    "s3-accesspoint.dualstack.ap-southeast-1.amazonaws.com"
    "s3-accesspoint.dualstack.ap-southeast-2.amazonaws.com"
    "s3-accesspoint.dualstack.ap-southeast-3.amazonaws.com"
    "s3-accesspoint.dualstack.ap-southeast-4.amazonaws.com"
    "s3-accesspoint.dualstack.ap-southeast-5.amazonaws.com"
    "s3-accesspoint.dualstack.cn-north-1.amazonaws.com.cn"
    "s3-accesspoint.dualstack.us-gov-east-1.amazonaws.com"
    "s3-accesspoint.dualstack.us-gov-west-1.amazonaws.com"
    "webview-assets.aws-cloud9.ca-central-1.amazonaws.com"
    "webview-assets.aws-cloud9.eu-central-1.amazonaws.com"
    "webview-assets.aws-cloud9.il-central-1.amazonaws.com"
    "s3-accesspoint.dualstack.ca-central-1.amazonaws.com"
    "s3-accesspoint.dualstack.eu-central-1.amazonaws.com"
    "s3-accesspoint.dualstack.eu-central-2.amazonaws.com"
    "s3-accesspoint.dualstack.il-central-1.amazonaws.com"
    "s3-accesspoint.dualstack.me-central-1.amazonaws.com"
    "airflow.cn-northwest-1.on.amazonwebservices.com.cnwebview-assets.aws-cloud9.af-south-1.amazonaws.com"
    "webview-assets.aws-cloud9.ap-south-1.amazonaws.comwebview-assets.aws-cloud9.eu-north-1.amazonaws.com"
    "webview-assets.aws-cloud9.eu-south-1.amazonaws.comwebview-assets.aws-cloud9.me-south-1.amazonaws.com"
    "webview-assets.cloud9.ap-northeast-1.amazonaws.comwebview-assets.cloud9.ap-northeast-2.amazonaws.com"
    "webview-assets.cloud9.ap-northeast-3.amazonaws.comwebview-assets.cloud9.ap-southeast-1.amazonaws.com"
    "webview-assets.cloud9.ap-southeast-2.amazonaws.com001.test.code-builder-stg.platform.salesforce.com"
    "emrnotebooks-prod.cn-northwest-1.amazonaws.com.cns3-accesspoint.dualstack.af-south-1.amazonaws.com"
    "s3-accesspoint.dualstack.ap-south-1.amazonaws.coms3-accesspoint.dualstack.ap-south-2.amazonaws.com"
    "s3-accesspoint.dualstack.eu-north-1.amazonaws.coms3-accesspoint.dualstack.eu-south-1.amazonaws.com"
    "s3-accesspoint.dualstack.eu-south-2.amazonaws.coms3-accesspoint.dualstack.me-south-1.amazonaws.com"
    "s3-website.dualstack.ap-northeast-1.amazonaws.coms3-website.dualstack.ap-northeast-2.amazonaws.com"
    "s3-website.dualstack.ap-northeast-3.amazonaws.coms3-website.dualstack.ap-southeast-1.amazonaws.com"
    "s3-website.dualstack.ap-southeast-2.amazonaws.coms3-website.dualstack.ap-southeast-3.amazonaws.com"
    "s3-website.dualstack.ap-southeast-4.amazonaws.coms3-website.dualstack.ap-southeast-5.amazonaws.com"
    "webview-assets.aws-cloud9.ap-east-1.amazonaws.comwebview-assets.aws-cloud9.eu-west-1.amazonaws.com"
    "webview-assets.aws-cloud9.eu-west-2.amazonaws.comwebview-assets.aws-cloud9.eu-west-3.amazonaws.com"
    "webview-assets.aws-cloud9.sa-east-1.amazonaws.comwebview-assets.aws-cloud9.us-east-1.amazonaws.com"
    "webview-assets.aws-cloud9.us-east-2.amazonaws.comwebview-assets.aws-cloud9.us-west-1.amazonaws.com"
    "webview-assets.aws-cloud9.us-west-2.amazonaws.coms3-accesspoint.dualstack.ap-east-1.amazonaws.com"
    "s3-accesspoint.dualstack.ca-west-1.amazonaws.coms3-accesspoint.dualstack.eu-west-1.amazonaws.com"
    "s3-accesspoint.dualstack.eu-west-2.amazonaws.coms3-accesspoint.dualstack.eu-west-3.amazonaws.com"
    "s3-accesspoint.dualstack.sa-east-1.amazonaws.coms3-accesspoint.dualstack.us-east-1.amazonaws.com"
    "s3-accesspoint.dualstack.us-east-2.amazonaws.coms3-accesspoint.dualstack.us-west-1.amazonaws.com"
    "s3-accesspoint.dualstack.us-west-2.amazonaws.coms3-object-lambda.cn-northwest-1.amazonaws.com.cn"
    "s3-website.dualstack.cn-north-1.amazonaws.com.cns3-website.dualstack.us-gov-east-1.amazonaws.com"
    "s3-website.dualstack.us-gov-west-1.amazonaws.comwebview-assets.cloud9.ca-central-1.amazonaws.com"
    "webview-assets.cloud9.eu-central-1.amazonaws.coms3-accesspoint-fips.us-gov-east-1.amazonaws.com"
    "s3-accesspoint-fips.us-gov-west-1.amazonaws.coms3-website.dualstack.ca-central-1.amazonaws.com"
    "s3-website.dualstack.eu-central-1.amazonaws.coms3-website.dualstack.eu-central-2.amazonaws.com"
    "s3-website.dualstack.il-central-1.amazonaws.coms3-website.dualstack.me-central-1.amazonaws.com"
    "airflow.cn-north-1.on.amazonwebservices.com.cnanalytics-gateway.ap-northeast-1.amazonaws.com"
    "analytics-gateway.ap-northeast-2.amazonaws.comanalytics-gateway.ap-southeast-1.amazonaws.com"
    "analytics-gateway.ap-southeast-2.amazonaws.comemrnotebooks-prod.ap-northeast-1.amazonaws.com"
    "emrnotebooks-prod.ap-northeast-2.amazonaws.comemrnotebooks-prod.ap-northeast-3.amazonaws.com"
    "emrnotebooks-prod.ap-southeast-1.amazonaws.comemrnotebooks-prod.ap-southeast-2.amazonaws.com"
    "emrnotebooks-prod.ap-southeast-3.amazonaws.comemrnotebooks-prod.ap-southeast-4.amazonaws.com"
    "emrstudio-prod.cn-northwest-1.amazonaws.com.cns3-accesspoint-fips.ca-central-1.amazonaws.com"
    "s3-accesspoint.cn-northwest-1.amazonaws.com.cnwebview-assets.cloud9.af-south-1.amazonaws.com"
    "webview-assets.cloud9.ap-south-1.amazonaws.comwebview-assets.cloud9.eu-north-1.amazonaws.com"
    "webview-assets.cloud9.eu-south-1.amazonaws.comwebview-assets.cloud9.me-south-1.amazonaws.com"
    "emrappui-prod.cn-northwest-1.amazonaws.com.cnemrnotebooks-prod.cn-north-1.amazonaws.com.cn"
    "emrnotebooks-prod.us-gov-east-1.amazonaws.comemrnotebooks-prod.us-gov-west-1.amazonaws.com"
    "s3-fips.dualstack.us-gov-east-1.amazonaws.coms3-fips.dualstack.us-gov-west-1.amazonaws.com"
    "s3-object-lambda.ap-northeast-1.amazonaws.coms3-object-lambda.ap-northeast-2.amazonaws.com"
    "s3-object-lambda.ap-northeast-3.amazonaws.coms3-object-lambda.ap-southeast-1.amazonaws.com"
    "s3-object-lambda.ap-southeast-2.amazonaws.coms3-object-lambda.ap-southeast-3.amazonaws.com"
    "s3-object-lambda.ap-southeast-4.amazonaws.coms3-object-lambda.ap-southeast-5.amazonaws.com"
    "s3-website.dualstack.af-south-1.amazonaws.coms3-website.dualstack.ap-south-1.amazonaws.com"
    "s3-website.dualstack.ap-south-2.amazonaws.coms3-website.dualstack.eu-south-1.amazonaws.com"
    "s3-website.dualstack.eu-south-2.amazonaws.comwebview-assets.cloud9.ap-east-1.amazonaws.com"
    "webview-assets.cloud9.eu-west-1.amazonaws.comwebview-assets.cloud9.eu-west-2.amazonaws.com"
    "webview-assets.cloud9.eu-west-3.amazonaws.comwebview-assets.cloud9.sa-east-1.amazonaws.com"
    "webview-assets.cloud9.us-east-1.amazonaws.comwebview-assets.cloud9.us-east-2.amazonaws.com"
    "webview-assets.cloud9.us-west-1.amazonaws.comwebview-assets.cloud9.us-west-2.amazonaws.com"
    "analytics-gateway.eu-central-1.amazonaws.comemrnotebooks-prod.ca-central-1.amazonaws.com"
    "emrnotebooks-prod.eu-central-1.amazonaws.comemrnotebooks-prod.eu-central-2.amazonaws.com"
    "emrnotebooks-prod.il-central-1.amazonaws.comemrnotebooks-prod.me-central-1.amazonaws.com"
    "s3-fips.dualstack.ca-central-1.amazonaws.coms3-object-lambda.cn-north-1.amazonaws.com.cn"
    "s3-object-lambda.us-gov-east-1.amazonaws.coms3-object-lambda.us-gov-west-1.amazonaws.com"
    "s3-website.dualstack.ca-west-1.amazonaws.coms3-website.dualstack.eu-west-1.amazonaws.com"
    "s3-website.dualstack.eu-west-3.amazonaws.coms3-website.dualstack.sa-east-1.amazonaws.com"
    "s3-website.dualstack.us-east-1.amazonaws.coms3-website.dualstack.us-east-2.amazonaws.com"
    "s3-website.dualstack.us-west-1.amazonaws.coms3-website.dualstack.us-west-2.amazonaws.com"
    "s3.dualstack.cn-northwest-1.amazonaws.com.cnemrstudio-prod.ap-northeast-1.amazonaws.com"
    "emrstudio-prod.ap-northeast-2.amazonaws.comemrstudio-prod.ap-northeast-3.amazonaws.com"
    "emrstudio-prod.ap-southeast-1.amazonaws.comemrstudio-prod.ap-southeast-2.amazonaws.com"
    "emrstudio-prod.ap-southeast-3.amazonaws.comemrstudio-prod.ap-southeast-4.amazonaws.com"
    "execute-api.cn-northwest-1.amazonaws.com.cns3-accesspoint-fips.ca-west-1.amazonaws.com"
    "s3-accesspoint-fips.us-east-1.amazonaws.coms3-accesspoint-fips.us-east-2.amazonaws.com"
    "s3-accesspoint-fips.us-west-1.amazonaws.coms3-accesspoint-fips.us-west-2.amazonaws.com"
    "s3-accesspoint.ap-northeast-1.amazonaws.coms3-accesspoint.ap-northeast-2.amazonaws.com"
    "s3-accesspoint.ap-northeast-3.amazonaws.coms3-accesspoint.ap-southeast-1.amazonaws.com"
    "s3-accesspoint.ap-southeast-2.amazonaws.coms3-accesspoint.ap-southeast-3.amazonaws.com"
    "s3-accesspoint.ap-southeast-4.amazonaws.coms3-accesspoint.ap-southeast-5.amazonaws.com"
    "s3-object-lambda.ca-central-1.amazonaws.coms3-object-lambda.eu-central-1.amazonaws.com"
    "s3-object-lambda.eu-central-2.amazonaws.coms3-object-lambda.il-central-1.amazonaws.com"
    "s3-object-lambda.me-central-1.amazonaws.comanalytics-gateway.ap-south-1.amazonaws.com"
    "emrappui-prod.ap-northeast-1.amazonaws.comemrappui-prod.ap-northeast-2.amazonaws.com"
    "emrappui-prod.ap-northeast-3.amazonaws.comemrappui-prod.ap-southeast-1.amazonaws.com"
    "emrappui-prod.ap-southeast-2.amazonaws.comemrappui-prod.ap-southeast-3.amazonaws.com"
    "emrappui-prod.ap-southeast-4.amazonaws.comemrnotebooks-prod.af-south-1.amazonaws.com"
    "emrnotebooks-prod.ap-south-1.amazonaws.comemrnotebooks-prod.ap-south-2.amazonaws.com"
    "emrnotebooks-prod.eu-north-1.amazonaws.comemrnotebooks-prod.eu-south-1.amazonaws.com"
    "emrnotebooks-prod.eu-south-2.amazonaws.comemrnotebooks-prod.me-south-1.amazonaws.com"
    "emrstudio-prod.cn-north-1.amazonaws.com.cnemrstudio-prod.us-gov-east-1.amazonaws.com"
    "emrstudio-prod.us-gov-west-1.amazonaws.coms3-accesspoint.cn-north-1.amazonaws.com.cn"
    "s3-accesspoint.us-gov-east-1.amazonaws.coms3-accesspoint.us-gov-west-1.amazonaws.com"
    "s3-deprecated.ap-southeast-5.amazonaws.coms3-website.cn-northwest-1.amazonaws.com.cn"
    "analytics-gateway.eu-west-1.amazonaws.comanalytics-gateway.us-east-1.amazonaws.com"
    "analytics-gateway.us-east-2.amazonaws.comanalytics-gateway.us-west-2.amazonaws.com"
    "auth-fips.us-gov-east-1.amazoncognito.comauth-fips.us-gov-west-1.amazoncognito.com"
    "emrappui-prod.cn-north-1.amazonaws.com.cnemrappui-prod.us-gov-east-1.amazonaws.com"
    "emrappui-prod.us-gov-west-1.amazonaws.comemrnotebooks-prod.ap-east-1.amazonaws.com"
    "emrnotebooks-prod.ca-west-1.amazonaws.comemrnotebooks-prod.eu-west-1.amazonaws.com"
    "emrnotebooks-prod.eu-west-2.amazonaws.comemrnotebooks-prod.eu-west-3.amazonaws.com"
    "emrnotebooks-prod.sa-east-1.amazonaws.comemrnotebooks-prod.us-east-1.amazonaws.com"
    "emrnotebooks-prod.us-east-2.amazonaws.comemrnotebooks-prod.us-west-1.amazonaws.com"
    "emrnotebooks-prod.us-west-2.amazonaws.comemrstudio-prod.ca-central-1.amazonaws.com"
    "emrstudio-prod.eu-central-1.amazonaws.comemrstudio-prod.eu-central-2.amazonaws.com"
    "emrstudio-prod.il-central-1.amazonaws.comemrstudio-prod.me-central-1.amazonaws.com"
    "notebook-fips.us-gov-east-1.sagemaker.awsnotebook-fips.us-gov-west-1.sagemaker.aws"
    "s3-accesspoint.ca-central-1.amazonaws.coms3-accesspoint.eu-central-1.amazonaws.com"
    "s3-accesspoint.eu-central-2.amazonaws.coms3-accesspoint.il-central-1.amazonaws.com"
    "s3-accesspoint.me-central-1.amazonaws.coms3-deprecated.cn-north-1.amazonaws.com.cn"
    "s3-fips.dualstack.ca-west-1.amazonaws.coms3-fips.dualstack.us-east-1.amazonaws.com"
    "s3-fips.dualstack.us-east-2.amazonaws.coms3-fips.dualstack.us-west-1.amazonaws.com"
    "s3-fips.dualstack.us-west-2.amazonaws.coms3-object-lambda.af-south-1.amazonaws.com"
    "s3-object-lambda.ap-south-1.amazonaws.coms3-object-lambda.ap-south-2.amazonaws.com"
    "s3-object-lambda.eu-north-1.amazonaws.coms3-object-lambda.eu-south-1.amazonaws.com"
    "s3-object-lambda.eu-south-2.amazonaws.coms3-object-lambda.me-south-1.amazonaws.com"
    "s3.dualstack.ap-northeast-1.amazonaws.coms3.dualstack.ap-northeast-2.amazonaws.com"
    "s3.dualstack.ap-northeast-3.amazonaws.coms3.dualstack.ap-southeast-1.amazonaws.com"
    "s3.dualstack.ap-southeast-2.amazonaws.coms3.dualstack.ap-southeast-3.amazonaws.com"
    "s3.dualstack.ap-southeast-4.amazonaws.coms3.dualstack.ap-southeast-5.amazonaws.com"
    "transfer-webapp-fips.us-gov-east-1.on.awstransfer-webapp-fips.us-gov-west-1.on.aws"
    "emrappui-prod.ca-central-1.amazonaws.comemrappui-prod.eu-central-1.amazonaws.com"
    "emrappui-prod.eu-central-2.amazonaws.comemrappui-prod.il-central-1.amazonaws.com"
    "emrappui-prod.me-central-1.amazonaws.comexecute-api.ap-northeast-1.amazonaws.com"
    "execute-api.ap-northeast-2.amazonaws.comexecute-api.ap-northeast-3.amazonaws.com"
    "execute-api.ap-southeast-1.amazonaws.comexecute-api.ap-southeast-2.amazonaws.com"
    "execute-api.ap-southeast-3.amazonaws.comexecute-api.ap-southeast-4.amazonaws.com"
    "execute-api.ap-southeast-5.amazonaws.commrap.accesspoint.s3-global.amazonaws.com"
    "notebook-fips.ca-central-1.sagemaker.awsnotebook.cn-northwest-1.sagemaker.com.cn"
    "s3-object-lambda.ap-east-1.amazonaws.coms3-object-lambda.ca-west-1.amazonaws.com"
    "s3-object-lambda.eu-west-1.amazonaws.coms3-object-lambda.eu-west-2.amazonaws.com"
    "s3-object-lambda.eu-west-3.amazonaws.coms3-object-lambda.sa-east-1.amazonaws.com"
    "s3-object-lambda.us-east-1.amazonaws.coms3-object-lambda.us-east-2.amazonaws.com"
    "s3-object-lambda.us-west-1.amazonaws.coms3-object-lambda.us-west-2.amazonaws.com"
    "s3.dualstack.cn-north-1.amazonaws.com.cns3.dualstack.us-gov-east-1.amazonaws.com"
    "s3.dualstack.us-gov-west-1.amazonaws.comcn-northwest-1.airflow.amazonaws.com.cn"
    "emrstudio-prod.af-south-1.amazonaws.comemrstudio-prod.ap-south-1.amazonaws.com"
    "emrstudio-prod.ap-south-2.amazonaws.comemrstudio-prod.eu-north-1.amazonaws.com"
    "emrstudio-prod.eu-south-1.amazonaws.comemrstudio-prod.eu-south-2.amazonaws.com"
    "emrstudio-prod.me-south-1.amazonaws.comexecute-api.cn-north-1.amazonaws.com.cn"
    "execute-api.us-gov-east-1.amazonaws.comexecute-api.us-gov-west-1.amazonaws.com"
    "s3-accesspoint.af-south-1.amazonaws.coms3-accesspoint.ap-south-1.amazonaws.com"
    "s3-accesspoint.ap-south-2.amazonaws.coms3-accesspoint.eu-north-1.amazonaws.com"
    "s3-accesspoint.eu-south-1.amazonaws.coms3-accesspoint.eu-south-2.amazonaws.com"
    "s3-accesspoint.me-south-1.amazonaws.coms3-website-ap-northeast-1.amazonaws.com"
    "s3-website-ap-southeast-1.amazonaws.coms3-website-ap-southeast-2.amazonaws.com"
    "s3-website.ap-northeast-1.amazonaws.coms3-website.ap-northeast-2.amazonaws.com"
    "s3-website.ap-northeast-3.amazonaws.coms3-website.ap-southeast-1.amazonaws.com"
    "s3-website.ap-southeast-2.amazonaws.coms3-website.ap-southeast-3.amazonaws.com"
    "s3-website.ap-southeast-4.amazonaws.coms3-website.ap-southeast-5.amazonaws.com"
    "s3.dualstack.ca-central-1.amazonaws.coms3.dualstack.eu-central-1.amazonaws.com"
    "s3.dualstack.eu-central-2.amazonaws.coms3.dualstack.il-central-1.amazonaws.com"
    "s3.dualstack.me-central-1.amazonaws.comstudio-fips.us-gov-east-1.sagemaker.aws"
    "studio-fips.us-gov-west-1.sagemaker.awsvfs.cloud9.ap-northeast-1.amazonaws.com"
    "vfs.cloud9.ap-northeast-2.amazonaws.comvfs.cloud9.ap-northeast-3.amazonaws.com"
    "vfs.cloud9.ap-southeast-1.amazonaws.comvfs.cloud9.ap-southeast-2.amazonaws.com"
    "emrappui-prod.af-south-1.amazonaws.comemrappui-prod.ap-south-1.amazonaws.com"
    "emrappui-prod.ap-south-2.amazonaws.comemrappui-prod.eu-north-1.amazonaws.com"
    "emrappui-prod.eu-south-1.amazonaws.comemrappui-prod.eu-south-2.amazonaws.com"
    "emrappui-prod.me-south-1.amazonaws.comemrstudio-prod.ap-east-1.amazonaws.com"
    "emrstudio-prod.ca-west-1.amazonaws.comemrstudio-prod.eu-west-1.amazonaws.com"
    "emrstudio-prod.eu-west-2.amazonaws.comemrstudio-prod.eu-west-3.amazonaws.com"
    "emrstudio-prod.sa-east-1.amazonaws.comemrstudio-prod.us-east-1.amazonaws.com"
    "emrstudio-prod.us-east-2.amazonaws.comemrstudio-prod.us-west-1.amazonaws.com"
    "emrstudio-prod.us-west-2.amazonaws.comexecute-api.ca-central-1.amazonaws.com"
    "execute-api.eu-central-1.amazonaws.comexecute-api.eu-central-2.amazonaws.com"
    "execute-api.il-central-1.amazonaws.comexecute-api.me-central-1.amazonaws.com"
    "s3-accesspoint.ap-east-1.amazonaws.coms3-accesspoint.ca-west-1.amazonaws.com"
    "s3-accesspoint.eu-west-1.amazonaws.coms3-accesspoint.eu-west-2.amazonaws.com"
    "s3-accesspoint.eu-west-3.amazonaws.coms3-accesspoint.sa-east-1.amazonaws.com"
    "s3-accesspoint.us-east-1.amazonaws.coms3-accesspoint.us-east-2.amazonaws.com"
    "s3-accesspoint.us-west-1.amazonaws.coms3-accesspoint.us-west-2.amazonaws.com"
    "s3-website-us-gov-west-1.amazonaws.coms3-website.cn-north-1.amazonaws.com.cn"
    "s3-website.us-gov-east-1.amazonaws.coms3-website.us-gov-west-1.amazonaws.com"
    "studio.cn-northwest-1.sagemaker.com.cnxn--hery-ira.xn--mre-og-romsdal-qqb.no"
    "auth-fips.us-east-1.amazoncognito.comauth-fips.us-east-2.amazoncognito.com"
    "auth-fips.us-west-1.amazoncognito.comauth-fips.us-west-2.amazoncognito.com"
    "auth.ap-northeast-1.amazoncognito.comauth.ap-northeast-2.amazoncognito.com"
    "auth.ap-northeast-3.amazoncognito.comauth.ap-southeast-1.amazoncognito.com"
    "auth.ap-southeast-2.amazoncognito.comauth.ap-southeast-3.amazoncognito.com"
    "auth.ap-southeast-4.amazoncognito.comauth.ap-southeast-5.amazoncognito.com"
    "auth.ap-southeast-7.amazoncognito.comemrappui-prod.ap-east-1.amazonaws.com"
    "emrappui-prod.ca-west-1.amazonaws.comemrappui-prod.eu-west-1.amazonaws.com"
    "emrappui-prod.eu-west-2.amazonaws.comemrappui-prod.eu-west-3.amazonaws.com"
    "emrappui-prod.sa-east-1.amazonaws.comemrappui-prod.us-east-1.amazonaws.com"
    "emrappui-prod.us-east-2.amazonaws.comemrappui-prod.us-west-1.amazonaws.com"
    "emrappui-prod.us-west-2.amazonaws.comlabeling.ap-northeast-1.sagemaker.aws"
    "labeling.ap-northeast-2.sagemaker.awslabeling.ap-southeast-1.sagemaker.aws"
    "labeling.ap-southeast-2.sagemaker.awsnotebook-fips.ca-west-1.sagemaker.aws"
    "notebook-fips.us-east-1.sagemaker.awsnotebook-fips.us-east-2.sagemaker.aws"
    "notebook-fips.us-west-1.sagemaker.awsnotebook-fips.us-west-2.sagemaker.aws"
    "notebook.ap-northeast-1.sagemaker.awsnotebook.ap-northeast-2.sagemaker.aws"
    "notebook.ap-northeast-3.sagemaker.awsnotebook.ap-southeast-1.sagemaker.aws"
    "notebook.ap-southeast-2.sagemaker.awsnotebook.ap-southeast-3.sagemaker.aws"
    "notebook.ap-southeast-4.sagemaker.awss3-deprecated.eu-west-1.amazonaws.com"
    "s3-deprecated.us-east-1.amazonaws.coms3-deprecated.us-east-2.amazonaws.com"
    "s3-deprecated.us-west-2.amazonaws.coms3-website.ca-central-1.amazonaws.com"
    "s3-website.eu-central-1.amazonaws.coms3-website.eu-central-2.amazonaws.com"
    "s3-website.il-central-1.amazonaws.coms3-website.me-central-1.amazonaws.com"
    "s3.dualstack.af-south-1.amazonaws.coms3.dualstack.ap-south-1.amazonaws.com"
    "s3.dualstack.ap-south-2.amazonaws.coms3.dualstack.eu-north-1.amazonaws.com"
    "s3.dualstack.eu-south-1.amazonaws.coms3.dualstack.eu-south-2.amazonaws.com"
    "s3.dualstack.me-south-1.amazonaws.comtransfer-webapp.ap-northeast-1.on.aws"
    "transfer-webapp.ap-northeast-2.on.awstransfer-webapp.ap-northeast-3.on.aws"
    "transfer-webapp.ap-southeast-1.on.awstransfer-webapp.ap-southeast-2.on.aws"
    "transfer-webapp.ap-southeast-3.on.awstransfer-webapp.ap-southeast-4.on.aws"
    "transfer-webapp.ap-southeast-5.on.awstransfer-webapp.ap-southeast-7.on.aws"
    "vfs.cloud9.ca-central-1.amazonaws.comvfs.cloud9.eu-central-1.amazonaws.com"
    "vfs.cloud9.il-central-1.amazonaws.comap-northeast-1.airflow.amazonaws.com"
    "ap-northeast-2.airflow.amazonaws.comap-northeast-3.airflow.amazonaws.com"
    "ap-southeast-1.airflow.amazonaws.comap-southeast-2.airflow.amazonaws.com"
    "ap-southeast-3.airflow.amazonaws.comap-southeast-4.airflow.amazonaws.com"
    "ap-southeast-5.airflow.amazonaws.comap-southeast-7.airflow.amazonaws.com"
    "execute-api.af-south-1.amazonaws.comexecute-api.ap-south-1.amazonaws.com"
    "execute-api.ap-south-2.amazonaws.comexecute-api.eu-north-1.amazonaws.com"
    "execute-api.eu-south-1.amazonaws.comexecute-api.eu-south-2.amazonaws.com"
    "execute-api.me-south-1.amazonaws.comnotebook.cn-north-1.sagemaker.com.cn"
    "notebook.us-gov-east-1.sagemaker.awsnotebook.us-gov-west-1.sagemaker.aws"
    "s3.dualstack.ap-east-1.amazonaws.coms3.dualstack.ca-west-1.amazonaws.com"
    "s3.dualstack.eu-west-1.amazonaws.coms3.dualstack.eu-west-2.amazonaws.com"
    "s3.dualstack.eu-west-3.amazonaws.coms3.dualstack.sa-east-1.amazonaws.com"
    "s3.dualstack.us-east-1.amazonaws.coms3.dualstack.us-east-2.amazonaws.com"
    "s3.dualstack.us-west-1.amazonaws.coms3.dualstack.us-west-2.amazonaws.com"
    "transfer-webapp.us-gov-east-1.on.awstransfer-webapp.us-gov-west-1.on.aws"
    "ap-northeast-1.elasticbeanstalk.comap-northeast-2.elasticbeanstalk.com"
    "ap-northeast-3.elasticbeanstalk.comap-southeast-1.elasticbeanstalk.com"
    "ap-southeast-2.elasticbeanstalk.comap-southeast-3.elasticbeanstalk.com"
    "ap-southeast-5.elasticbeanstalk.comap-southeast-7.elasticbeanstalk.com"
    "auth.ca-central-1.amazoncognito.comauth.eu-central-1.amazoncognito.com"
    "auth.eu-central-2.amazoncognito.comauth.il-central-1.amazoncognito.com"
    "auth.me-central-1.amazoncognito.comauth.mx-central-1.amazoncognito.com"
    "cn-north-1.airflow.amazonaws.com.cnexecute-api.ap-east-1.amazonaws.com"
    "execute-api.ca-west-1.amazonaws.comexecute-api.eu-west-1.amazonaws.com"
    "execute-api.eu-west-2.amazonaws.comexecute-api.eu-west-3.amazonaws.com"
    "execute-api.sa-east-1.amazonaws.comexecute-api.us-east-1.amazonaws.com"
    "execute-api.us-east-2.amazonaws.comexecute-api.us-west-1.amazonaws.com"
    "execute-api.us-west-2.amazonaws.comlabeling.ca-central-1.sagemaker.aws"
    "labeling.eu-central-1.sagemaker.awsnotebook.ca-central-1.sagemaker.aws"
    "notebook.eu-central-1.sagemaker.awsnotebook.eu-central-2.sagemaker.aws"
    "notebook.il-central-1.sagemaker.awsnotebook.me-central-1.sagemaker.aws"
    "rds.cn-northwest-1.amazonaws.com.cns3-fips-us-gov-east-1.amazonaws.com"
    "s3-fips-us-gov-west-1.amazonaws.coms3-fips.us-gov-east-1.amazonaws.com"
    "s3-fips.us-gov-west-1.amazonaws.coms3-website.af-south-1.amazonaws.com"
    "s3-website.ap-south-1.amazonaws.coms3-website.ap-south-2.amazonaws.com"
    "s3-website.eu-north-1.amazonaws.coms3-website.eu-south-1.amazonaws.com"
    "s3-website.eu-south-2.amazonaws.coms3-website.me-south-1.amazonaws.com"
    "studio.ap-northeast-1.sagemaker.awsstudio.ap-northeast-2.sagemaker.aws"
    "studio.ap-northeast-3.sagemaker.awsstudio.ap-southeast-1.sagemaker.aws"
    "studio.ap-southeast-2.sagemaker.awsstudio.ap-southeast-3.sagemaker.aws"
    "transfer-webapp.ca-central-1.on.awstransfer-webapp.eu-central-1.on.aws"
    "transfer-webapp.eu-central-2.on.awstransfer-webapp.il-central-1.on.aws"
    "transfer-webapp.me-central-1.on.awstransfer-webapp.mx-central-1.on.aws"
    "vfs.cloud9.af-south-1.amazonaws.comvfs.cloud9.ap-south-1.amazonaws.com"
    "vfs.cloud9.eu-north-1.amazonaws.comvfs.cloud9.eu-south-1.amazonaws.com"
    "vfs.cloud9.me-south-1.amazonaws.comca-central-1.airflow.amazonaws.com"
    "chirurgiens-dentistes-en-france.frcn-northwest-1.eb.amazonaws.com.cn"
    "eu-central-1.airflow.amazonaws.comeu-central-2.airflow.amazonaws.com"
    "il-central-1.airflow.amazonaws.comme-central-1.airflow.amazonaws.com"
    "s3-fips.ca-central-1.amazonaws.coms3-website-eu-west-1.amazonaws.com"
    "s3-website-sa-east-1.amazonaws.coms3-website-us-east-1.amazonaws.com"
    "s3-website-us-west-1.amazonaws.coms3-website-us-west-2.amazonaws.com"
    "s3-website.ap-east-1.amazonaws.coms3-website.ca-west-1.amazonaws.com"
    "s3-website.eu-west-1.amazonaws.coms3-website.eu-west-2.amazonaws.com"
    "s3-website.eu-west-3.amazonaws.coms3-website.sa-east-1.amazonaws.com"
    "s3-website.us-east-1.amazonaws.coms3-website.us-east-2.amazonaws.com"
    "s3-website.us-west-1.amazonaws.coms3-website.us-west-2.amazonaws.com"
    "s3.cn-northwest-1.amazonaws.com.cnstudio.cn-north-1.sagemaker.com.cn"
    "studio.us-gov-east-1.sagemaker.awsstudio.us-gov-west-1.sagemaker.aws"
    "us-gov-east-1.elasticbeanstalk.comus-gov-west-1.elasticbeanstalk.com"
    "vfs.cloud9.ap-east-1.amazonaws.comvfs.cloud9.eu-west-1.amazonaws.com"
    "vfs.cloud9.eu-west-2.amazonaws.comvfs.cloud9.eu-west-3.amazonaws.com"
    "vfs.cloud9.sa-east-1.amazonaws.comvfs.cloud9.us-east-1.amazonaws.com"
    "vfs.cloud9.us-east-2.amazonaws.comvfs.cloud9.us-west-1.amazonaws.com"
    "vfs.cloud9.us-west-2.amazonaws.comauth.af-south-1.amazoncognito.comauth.ap-south-1.amazoncognito.com"
    "auth.ap-south-2.amazoncognito.comauth.eu-north-1.amazoncognito.comauth.eu-south-1.amazoncognito.com"
    "auth.eu-south-2.amazoncognito.comauth.me-south-1.amazoncognito.comca-central-1.elasticbeanstalk.com"
    "eu-central-1.elasticbeanstalk.comil-central-1.elasticbeanstalk.comlabeling.ap-south-1.sagemaker.aws"
    "me-central-1.elasticbeanstalk.comnotebook.af-south-1.sagemaker.awsnotebook.ap-south-1.sagemaker.aws"
    "notebook.ap-south-2.sagemaker.awsnotebook.eu-north-1.sagemaker.awsnotebook.eu-south-1.sagemaker.aws"
    "notebook.eu-south-2.sagemaker.awsnotebook.me-south-1.sagemaker.awspages-research.it.hs-heilbronn.de"
    "studio.ca-central-1.sagemaker.awsstudio.eu-central-1.sagemaker.awsstudio.eu-central-2.sagemaker.aws"
    "studio.il-central-1.sagemaker.awsstudio.me-central-1.sagemaker.awstransfer-webapp.af-south-1.on.aws"
    "transfer-webapp.ap-south-1.on.awstransfer-webapp.ap-south-2.on.awstransfer-webapp.eu-north-1.on.aws"
    "transfer-webapp.eu-south-1.on.awstransfer-webapp.eu-south-2.on.awstransfer-webapp.me-south-1.on.aws"
    "af-south-1.airflow.amazonaws.comap-northeast-1.rds.amazonaws.comap-northeast-2.rds.amazonaws.com"
    "ap-northeast-3.rds.amazonaws.comap-south-1.airflow.amazonaws.comap-south-2.airflow.amazonaws.com"
    "ap-southeast-1.rds.amazonaws.comap-southeast-2.rds.amazonaws.comap-southeast-3.rds.amazonaws.com"
    "ap-southeast-4.rds.amazonaws.comap-southeast-5.rds.amazonaws.comap-southeast-6.rds.amazonaws.com"
    "ap-southeast-7.rds.amazonaws.comauth.ap-east-1.amazoncognito.comauth.ca-west-1.amazoncognito.com"
    "auth.eu-west-1.amazoncognito.comauth.eu-west-2.amazoncognito.comauth.eu-west-3.amazoncognito.com"
    "auth.sa-east-1.amazoncognito.comauth.us-east-1.amazoncognito.comauth.us-east-2.amazoncognito.com"
    "auth.us-west-1.amazoncognito.comauth.us-west-2.amazoncognito.comeu-north-1.airflow.amazonaws.com"
    "eu-south-1.airflow.amazonaws.comeu-south-2.airflow.amazonaws.comlabeling.eu-west-1.sagemaker.aws"
    "labeling.eu-west-2.sagemaker.awslabeling.us-east-1.sagemaker.awslabeling.us-east-2.sagemaker.aws"
    "labeling.us-west-2.sagemaker.awslambda-url.ap-northeast-1.on.awslambda-url.ap-northeast-2.on.aws"
    "lambda-url.ap-northeast-3.on.awslambda-url.ap-southeast-1.on.awslambda-url.ap-southeast-2.on.aws"
    "lambda-url.ap-southeast-3.on.awsme-south-1.airflow.amazonaws.comnotebook.ap-east-1.sagemaker.aws"
    "notebook.ca-west-1.sagemaker.awsnotebook.eu-west-1.sagemaker.awsnotebook.eu-west-2.sagemaker.aws"
    "notebook.eu-west-3.sagemaker.awsnotebook.sa-east-1.sagemaker.awsnotebook.us-east-1.sagemaker.aws"
    "notebook.us-east-2.sagemaker.awsnotebook.us-west-1.sagemaker.awsnotebook.us-west-2.sagemaker.aws"
    "static.observableusercontent.comtransfer-webapp.ap-east-1.on.awstransfer-webapp.ca-west-1.on.aws"
    "transfer-webapp.eu-west-1.on.awstransfer-webapp.eu-west-2.on.awstransfer-webapp.eu-west-3.on.aws"
    "transfer-webapp.sa-east-1.on.awstransfer-webapp.us-east-1.on.awstransfer-webapp.us-east-2.on.aws"
    "transfer-webapp.us-west-1.on.awstransfer-webapp.us-west-2.on.awsus-northeast-1.rds.amazonaws.com"
    "w-credentialless-staticblitz.comaf-south-1.elasticbeanstalk.comap-east-1.airflow.amazonaws.com"
    "ap-south-1.elasticbeanstalk.comca-west-1.airflow.amazonaws.comeu-north-1.elasticbeanstalk.com"
    "eu-south-1.elasticbeanstalk.comeu-south-2.elasticbeanstalk.comeu-west-1.airflow.amazonaws.com"
    "eu-west-2.airflow.amazonaws.comeu-west-3.airflow.amazonaws.comme-south-1.elasticbeanstalk.com"
    "rds.cn-north-1.amazonaws.com.cns3-ap-northeast-1.amazonaws.coms3-ap-northeast-2.amazonaws.com"
    "s3-ap-northeast-3.amazonaws.coms3-ap-southeast-1.amazonaws.coms3-ap-southeast-2.amazonaws.com"
    "s3-fips.ca-west-1.amazonaws.coms3-fips.us-east-1.amazonaws.coms3-fips.us-east-2.amazonaws.com"
    "s3-fips.us-west-1.amazonaws.coms3-fips.us-west-2.amazonaws.coms3.ap-northeast-1.amazonaws.com"
    "s3.ap-northeast-2.amazonaws.coms3.ap-northeast-3.amazonaws.coms3.ap-southeast-1.amazonaws.com"
    "s3.ap-southeast-2.amazonaws.coms3.ap-southeast-3.amazonaws.coms3.ap-southeast-4.amazonaws.com"
    "s3.ap-southeast-5.amazonaws.comsa-east-1.airflow.amazonaws.comsande.xn--mre-og-romsdal-qqb.no"
    "studio.af-south-1.sagemaker.awsstudio.ap-south-1.sagemaker.awsstudio.eu-north-1.sagemaker.aws"
    "studio.eu-south-1.sagemaker.awsstudio.eu-south-2.sagemaker.awsstudio.me-south-1.sagemaker.aws"
    "us-east-1.airflow.amazonaws.comus-east-2.airflow.amazonaws.comus-gov-east-1.rds.amazonaws.com"
    "us-gov-west-1.rds.amazonaws.comus-west-1.airflow.amazonaws.comus-west-2.airflow.amazonaws.com"
    "ap-east-1.elasticbeanstalk.comca-central-1.rds.amazonaws.comcn-north-1.eb.amazonaws.com.cn"
    "eu-central-1.r.cloud.int.appleeu-central-1.rds.amazonaws.comeu-central-2.rds.amazonaws.com"
    "eu-west-1.elasticbeanstalk.comeu-west-2.elasticbeanstalk.comeu-west-3.elasticbeanstalk.com"
    "functions.fnc.fr-par.scw.cloudil-central-1.rds.amazonaws.comit1.eur.aruba.jenv-aruba.cloud"
    "lambda-url.ca-central-1.on.awslambda-url.eu-central-1.on.awsme-central-1.rds.amazonaws.com"
    "mx-central-1.rds.amazonaws.coms3-us-gov-east-1.amazonaws.coms3-us-gov-west-1.amazonaws.com"
    "s3.cn-north-1.amazonaws.com.cns3.us-gov-east-1.amazonaws.coms3.us-gov-west-1.amazonaws.com"
    "sa-east-1.elasticbeanstalk.comstudio.ap-east-1.sagemaker.awsstudio.eu-west-1.sagemaker.aws"
    "studio.eu-west-2.sagemaker.awsstudio.eu-west-3.sagemaker.awsstudio.sa-east-1.sagemaker.aws"
    "studio.us-east-1.sagemaker.awsstudio.us-east-2.sagemaker.awsstudio.us-west-1.sagemaker.aws"
    "studio.us-west-2.sagemaker.awsus-central-1.r.cloud.int.appleus-central-2.r.cloud.int.apple"
    "us-east-1.elasticbeanstalk.comus-east-2.elasticbeanstalk.comus-west-1.elasticbeanstalk.com"
    "us-west-2.elasticbeanstalk.comwesteurope.azurestaticapps.netxn--vler-qoa.xn--stfold-9xa.no"
    "airflow.ap-northeast-1.on.awsairflow.ap-northeast-2.on.awsairflow.ap-northeast-3.on.aws"
    "airflow.ap-southeast-1.on.awsairflow.ap-southeast-2.on.awsairflow.ap-southeast-3.on.aws"
    "airflow.ap-southeast-4.on.awsairflow.ap-southeast-5.on.awscentralus.azurestaticapps.net"
    "higashihiroshima.hiroshima.jps3-ca-central-1.amazonaws.coms3-eu-central-1.amazonaws.com"
    "s3.ca-central-1.amazonaws.coms3.eu-central-1.amazonaws.coms3.eu-central-2.amazonaws.com"
    "s3.il-central-1.amazonaws.coms3.me-central-1.amazonaws.comaf-south-1.rds.amazonaws.com"
    "ap-north-1.r.cloud.int.appleap-south-1.r.cloud.int.appleap-south-1.rds.amazonaws.com"
    "ap-south-2.r.cloud.int.appleap-south-2.rds.amazonaws.comapp.os.stg.fedoraproject.org"
    "eastasia.azurestaticapps.neteu-north-1.r.cloud.int.applefr-par-1.baremetal.scw.cloud"
    "fr-par-2.baremetal.scw.cloudfujikawaguchiko.yamanashi.jpjcloud-ver-jpc.ik-server.com"
    "lambda-url.af-south-1.on.awslambda-url.ap-south-1.on.awslambda-url.eu-north-1.on.aws"
    "lambda-url.eu-south-1.on.awslambda-url.me-south-1.on.awsme-south-1.rds.amazonaws.com"
    "nl-ams-1.baremetal.scw.cloudnordeste-idc.saveincloud.netprivatizehealthinsurance.net"
    "reservd.testing.thingdust.ioservicebus.usgovcloudapi.netxn--trentino-sd-tirol-c3b.it"
    "accident-investigation.aeroairflow.ca-central-1.on.awsairflow.eu-central-1.on.aws"
    "airflow.eu-central-2.on.awsairflow.il-central-1.on.awsairflow.me-central-1.on.aws"
    "ap-east-1.rds.amazonaws.comap-east-2.rds.amazonaws.comatlassian-3p-us-gov-mod.com"
    "blob.core.usgovcloudapi.netca-west-1.rds.amazonaws.comcloud.interhostsolutions.be"
    "eastus2.azurestaticapps.neteu-west-1.rds.amazonaws.comeu-west-2.rds.amazonaws.com"
    "eu-west-3.rds.amazonaws.comfile.core.usgovcloudapi.netframe.claudeusercontent.com"
    "higashimatsushima.miyagi.jphigashimatsuyama.saitama.jpichikawamisato.yamanashi.jp"
    "lambda-url.ap-east-1.on.awslambda-url.eu-west-1.on.awslambda-url.eu-west-2.on.aws"
    "lambda-url.eu-west-3.on.awslambda-url.sa-east-1.on.awslambda-url.us-east-1.on.aws"
    "lambda-url.us-east-2.on.awslambda-url.us-west-1.on.awslambda-url.us-west-2.on.aws"
    "paas.hosted-by-previder.comreservd.disrec.thingdust.ios3-ap-south-1.amazonaws.com"
    "s3-eu-north-1.amazonaws.coms3-external-1.amazonaws.coms3-me-south-1.amazonaws.com"
    "s3-website.fr-par.scw.clouds3-website.nl-ams.scw.clouds3-website.pl-waw.scw.cloud"
    "s3.af-south-1.amazonaws.coms3.ap-south-1.amazonaws.coms3.ap-south-2.amazonaws.com"
    "s3.eu-north-1.amazonaws.coms3.eu-south-1.amazonaws.coms3.eu-south-2.amazonaws.com"
    "s3.me-south-1.amazonaws.comsa-east-1.rds.amazonaws.comssl.origin.cdn77-secure.org"
    "us-east-1.r.cloud.int.appleus-east-1.rds.amazonaws.comus-east-2.r.cloud.int.apple"
    "us-east-2.rds.amazonaws.comus-west-1.r.cloud.int.appleus-west-1.rds.amazonaws.com"
    "us-west-2.r.cloud.int.appleus-west-2.rds.amazonaws.comus-west-3.r.cloud.int.apple"
    "westus2.azurestaticapps.netxn--12co0c3b4eva.xn--o3cw4hxn--trentin-sd-tirol-rzb.it"
    "xn--trentino-sdtirol-szb.itxn--trentinosd-tirol-rzb.itaizuwakamatsu.fukushima.jp"
    "cdn.prod.atlassian-dev.netcustomer.mythic-beasts.comfentiger.mythic-beasts.com"
    "higashichichibu.saitama.jplon-1.paas.massivegrid.netlon-2.paas.massivegrid.net"
    "minamiashigara.kanagawa.jpnodes.k8s.fr-par.scw.cloudnodes.k8s.nl-ams.scw.cloud"
    "nodes.k8s.pl-waw.scw.cloudo365.cloud.nospamproxy.comosakikamijima.hiroshima.jp"
    "passenger-association.aeros3-ap-east-1.amazonaws.coms3-eu-west-1.amazonaws.com"
    "s3-eu-west-2.amazonaws.coms3-eu-west-3.amazonaws.coms3-sa-east-1.amazonaws.com"
    "s3-us-east-2.amazonaws.coms3-us-west-1.amazonaws.coms3-us-west-2.amazonaws.com"
    "s3.ap-east-1.amazonaws.coms3.ca-west-1.amazonaws.coms3.eu-west-1.amazonaws.com"
    "s3.eu-west-2.amazonaws.coms3.eu-west-3.amazonaws.coms3.sa-east-1.amazonaws.com"
    "s3.us-east-1.amazonaws.coms3.us-east-2.amazonaws.coms3.us-west-1.amazonaws.com"
    "s3.us-west-2.amazonaws.comsatsumasendai.kagoshima.jpweb.core.usgovcloudapi.net"
    "xn--12cfi8ixb8l.xn--o3cw4hxn--4dbgdty6c.xn--4dbrk0cexn--gnstigbestellen-zvb.de"
    "xn--trentin-sdtirol-7vb.itxn--trentinosdtirol-7vb.itxn--trentinsd-tirol-6vb.it"
    "airflow.af-south-1.on.awsairflow.ap-south-1.on.awsairflow.ap-south-2.on.awsairflow.eu-north-1.on.aws"
    "airflow.eu-south-1.on.awsairflow.eu-south-2.on.awsairflow.me-south-1.on.awsatl.jelastic.vps-host.net"
    "atlassian-isolated-3p.combarrell-of-knowledge.infocaracal.mythic-beasts.comcdn.cloudflareanycast.net"
    "cust.testing.thingdust.ioexperiments.sagemaker.awsfr-1.paas.massivegrid.nethigashikagura.hokkaido.jp"
    "higashisumiyoshi.osaka.jpindependent-commission.ukio.noc.ruhr-uni-bochum.deis-a-financialadvisor.com"
    "jinsekikogen.hiroshima.jpkitahiroshima.hokkaido.jpkitanakagusuku.okinawa.jpkitashiobara.fukushima.jp"
    "komatsushima.tokushima.jpnachikatsuura.wakayama.jpnishikatsura.yamanashi.jpnishinoomote.kagoshima.jp"
    "njs.jelastic.vps-host.netny-1.paas.massivegrid.netny-2.paas.massivegrid.netobjects.lpg.cloudscale.ch"
    "objects.rma.cloudscale.choncilla.mythic-beasts.compreview.emergentagent.comprivatelink.snowflake.app"
    "ric.jelastic.vps-host.nets3.isk01.sakurastorage.jps3.isk02.sakurastorage.jpservices.clever-cloud.com"
    "sg-1.paas.massivegrid.netxn--balsan-sdtirol-nsb.itxn--bulsan-sdtirol-nsb.itxn--stjrdalshalsen-sqb.no"
    "xn--trentinsdtirol-nsb.itaccident-prevention.aeroair-traffic-control.aeroairflow.ap-east-1.on.aws"
    "airflow.ca-west-1.on.awsairflow.eu-west-1.on.awsairflow.eu-west-2.on.awsairflow.eu-west-3.on.aws"
    "airflow.sa-east-1.on.awsairflow.us-east-1.on.awsairflow.us-east-2.on.awsairflow.us-west-1.on.aws"
    "airflow.us-west-2.on.awsakamaiorigin-staging.netandria-barletta-trani.itandria-trani-barletta.it"
    "app.os.fedoraproject.orgawsglobalaccelerator.combarletta-trani-andria.itbarrel-of-knowledge.info"
    "cdn.cloudflareglobal.netchirurgiens-dentistes.frcockpit.fr-par.scw.cloudcockpit.nl-ams.scw.cloud"
    "cockpit.pl-waw.scw.cloudcompute.amazonaws.com.cncust.disrec.thingdust.iocustomer.speedpartner.de"
    "friuli-venezia-giulia.itfujiyoshida.yamanashi.jphamatonbetsu.hokkaido.jphatsukaichi.hiroshima.jp"
    "heroy.more-og-romsdal.nohigashiagatsuma.gunma.jphigashimurayama.tokyo.jphigashishirakawa.gifu.jp"
    "higashiyodogawa.osaka.jpip.linodeusercontent.comis-a-personaltrainer.comjelastic.saveincloud.net"
    "kamisunagawa.hokkaido.jpkuromatsunai.hokkaido.jpminami-alps.yamanashi.jpminamifurano.hokkaido.jp"
    "minamiyamashiro.kyoto.jpmonza-e-della-brianza.itmusashimurayama.tokyo.jpnakasatsunai.hokkaido.jp"
    "nakatombetsu.hokkaido.jpocelot.mythic-beasts.compages.it.hs-heilbronn.depriv.instances.scw.cloud"
    "rag-cloud-ch.hosteur.comreservd.dev.thingdust.iosande.more-og-romsdal.noshimonoseki.yamaguchi.jp"
    "shinkamigoto.nagasaki.jpshinshinotsu.hokkaido.jpshinyoshitomi.fukuoka.jpsphinx.mythic-beasts.com"
    "trani-andria-barletta.ittrani-barletta-andria.itxn--12c1fe0br.xn--o3cw4hxn--5dbhl8d.xn--4dbrk0ce"
    "xn--80aaa0cvac.xn--p1acfxn--aurskog-hland-jnb.noxn--bozen-sdtirol-2ob.itxn--gnstigliefern-wob.de"
    "xn--h3cuzk1di.xn--o3cw4hxn--hebda8b.xn--4dbrk0cexn--hery-ira.nordland.noxn--nmesjevuemie-tcba.no"
    "xn--valle-d-aoste-ehb.itxn--vermgensberatung-pwbyokoshibahikari.chiba.jpaizumisato.fukushima.jp"
    "appspaceusercontent.comchihayaakasaka.osaka.jpchippubetsu.hokkaido.jpcloud.fedoraproject.org"
    "cloudbeesusercontent.iocompute-1.amazonaws.comdevices.resinstaging.iofriuli-veneziagiulia.it"
    "friulivenezia-giulia.ithigashiizumo.shimane.jphigashikagawa.kagawa.jphigashikawa.hokkaido.jp"
    "hitachiomiya.ibaraki.jpinawashiro.fukushima.jpinstance.datadetect.comkagamiishi.fukushima.jp"
    "kamiamakusa.kumamoto.jpkamishihoro.hokkaido.jpkisofukushima.nagano.jpmakurazaki.kagoshima.jp"
    "matsushige.tokushima.jpminamioguni.kumamoto.jpminamisanriku.miyagi.jpminamitane.kagoshima.jp"
    "minamiuonuma.niigata.jpnasushiobara.tochigi.jpnishiawakura.okayama.jpnishinoshima.shimane.jp"
    "nishiokoppe.hokkaido.jpnoboribetsu.hokkaido.jpnodebalancer.linode.compub.instances.scw.cloud"
    "rishirifuji.hokkaido.jpshichikashuku.miyagi.jpsmartlabeling.scw.cloudstorage.yandexcloud.net"
    "tsurugashima.saitama.jpusgovtrafficmanager.netverbano-cusio-ossola.itwebsite.ru-msk.k2.cloud"
    "website.ru-spb.k2.cloudwebsite.yandexcloud.netwest1-us.cloudjiffy.netxn--8dbq2a.xn--4dbrk0ce"
    "xn--m3ch0j3a.xn--o3cw4hxn--mtta-vrjjat-k7af.noxn--vermgensberater-ctbxn--vler-qoa.hedmark.no"
    "xn--wcvs22d.xn--j6w193gxn--ystre-slidre-ujb.noyamanakako.yamanashi.jpaffinitylottery.org.uk"
    "aizubange.fukushima.jpakamaiedge-staging.netandriabarlettatrani.itandriatranibarletta.it"
    "asaminami.hiroshima.jpbarlettatraniandria.itboldlygoingnowhere.orgbwcloud-os-instance.de"
    "canva-hosted-embed.comcust.prod.thingdust.iodigitaloceanspaces.comdirect.quickconnect.cn"
    "direct.quickconnect.toeu-west-1.convex.cloudfra1-de.cloudjiffy.netfriuliveneziagiulia.it"
    "fujinomiya.shizuoka.jpfukushima.fukushima.jpglobal.prod.fastly.nethigashiizu.shizuoka.jp"
    "higashikurume.tokyo.jphigashinaruse.akita.jphigashiyamato.tokyo.jphigashiyoshino.nara.jp"
    "hitachinaka.ibaraki.jpid.firewalledreplit.coindependent-inquest.ukindependent-inquiry.uk"
    "is-a-cubicle-slave.comizumizaki.fukushima.jpjs.wpenginepowered.comkagoshima.kagoshima.jp"
    "kamifurano.hokkaido.jpkaminoyama.yamagata.jpkashiwazaki.niigata.jpkasumigaura.ibaraki.jp"
    "kawachinagano.osaka.jpkawaminami.miyazaki.jpkuchinotsu.nagasaki.jpkudamatsu.yamaguchi.jp"
    "lynx.mythic-beasts.commakinohara.shizuoka.jpmamurogawa.yamagata.jpmatsumoto.kagoshima.jp"
    "minamidaito.okinawa.jpminamiechizen.fukui.jpminamiminowa.nagano.jpmiyakonojo.miyazaki.jp"
    "nakamichi.yamanashi.jpnishiaizu.fukushima.jpoamishirasato.chiba.jponza.mythic-beasts.com"
    "oraclegovcloudapps.compagespeedmobilizer.comreadthedocs-hosted.comrikuzentakata.iwate.jp"
    "sagamihara.kanagawa.jpsakaiminato.tottori.jpsanagochi.tokushima.jpseranishi.hiroshima.jp"
    "servecounterstrike.comservicebus.windows.netshinanomachi.nagano.jpshirakawa.fukushima.jp"
    "shishikui.tokushima.jptamatsukuri.ibaraki.jptokushima.tokushima.jptraniandriabarletta.it"
    "tranibarlettaandria.ittrentino-alto-adige.ittrentino-sued-tirol.itus-east-1.convex.cloud"
    "w-corp-staticblitz.comxn--55qx5d.xn--j6w193gxn--bhccavuotna-k7a.noxn--cesena-forl-mcb.it"
    "xn--clchc0ea0b2g2a9gcdxn--forl-cesena-fcb.itxn--ggaviika-8ya47h.noxn--gmqw5a.xn--j6w193g"
    "xn--hcesuolo-7ya35b.noxn--hmmrfeasta-s4ac.noxn--koluokta-7ya57h.noxn--krjohka-hwab49j.no"
    "xn--mxtq1m.xn--j6w193gxn--o3cyx2a.xn--o3cw4hxn--od0alg.xn--j6w193gxn--sandnessjen-ogb.no"
    "xn--sr-varanger-ggb.noxn--uc0atv.xn--j6w193gxn--valle-aoste-ebb.itxn--valledaoste-ebb.it"
    "yali.mythic-beasts.comyamanashi.yamanashi.jpyamatokoriyama.nara.jpyamatsuri.fukushima.jp"
    "yatsushiro.kumamoto.jp1.azurestaticapps.net3.azurestaticapps.net4.azurestaticapps.net"
    "5.azurestaticapps.net6.azurestaticapps.net7.azurestaticapps.netair-surveillance.aero"
    "akamaized-staging.netalpha-myqnapcloud.comaridagawa.wakayama.jpasahikawa.hokkaido.jp"
    "ashibetsu.hokkaido.jpblob.core.windows.netch.trendhosting.cloudchigasaki.kanagawa.jp"
    "chikushino.fukuoka.jpcursorusercontent.comcust.dev.thingdust.iocustom.metacentrum.cz"
    "de.trendhosting.clouddev.adobeaemcloud.comdev.project-study.comdiskussionsbereich.de"
    "dtwh.fr-par.scw.clouddtwh.nl-ams.scw.clouddtwh.pl-waw.scw.clouddyn.home-webserver.de"
    "edgesuite-staging.neteu-west-1.convex.siteeu.pythonanywhere.comexperts-comptables.fr"
    "file.core.windows.netfujikawa.yamanashi.jpfukushima.hokkaido.jpfukuyama.hiroshima.jp"
    "furudono.fukushima.jpgithubusercontent.comglobal.ssl.fastly.nethamamatsu.shizuoka.jp"
    "hashimoto.wakayama.jphayakawa.yamanashi.jphealth-carereform.comhigashine.yamagata.jp"
    "higashiosaka.osaka.jphigashitsuno.kochi.jphiratsuka.kanagawa.jphitachiota.ibaraki.jp"
    "horokanai.hokkaido.jpindependent-review.ukis-a-conservative.comis-a-photographer.com"
    "is-an-entertainer.comishikawa.fukushima.jpiwamizawa.hokkaido.jpizunokuni.shizuoka.jp"
    "kafk.fr-par.scw.cloudkafk.nl-ams.scw.cloudkafk.pl-waw.scw.cloudkaminokawa.tochigi.jp"
    "kamitonda.wakayama.jpkaneyama.fukushima.jpkarasuyama.tochigi.jpkatsuragi.wakayama.jp"
    "kawamata.fukushima.jpkawanabe.kagoshima.jpkawanehon.shizuoka.jpkawanishi.yamagata.jp"
    "kimobetsu.hokkaido.jpkitakata.fukushima.jpkobayashi.miyazaki.jpkoriyama.fukushima.jp"
    "koshimizu.hokkaido.jpkushimoto.wakayama.jpmatsubushi.saitama.jpmatsuzaki.shizuoka.jp"
    "metaaiusercontent.commgdb.fr-par.scw.cloudmgdb.nl-ams.scw.cloudmgdb.pl-waw.scw.cloud"
    "minamiizu.shizuoka.jpmonzaedellabrianza.itmorimachi.shizuoka.jpmorotsuka.miyazaki.jp"
    "myactivedirectory.comnakagawa.tokushima.jpnakaniikawa.toyama.jpnakatane.kagoshima.jp"
    "narusawa.yamanashi.jpnirasaki.yamanashi.jpnishihara.kumamoto.jpnishikawa.yamagata.jp"
    "nishimera.miyazaki.jpnozawaonsen.nagano.jpobanazawa.yamagata.jpokinoshima.shimane.jp"
    "onomichi.hiroshima.jporaclegovcloudapps.ukotoineppu.hokkaido.jpplaystation-cloud.com"
    "prerelease.replit.devrag-cloud.hosteur.comrikubetsu.hokkaido.jpsakuragawa.ibaraki.jp"
    "samegawa.fukushima.jpsarufutsu.hokkaido.jpscbl.fr-par.scw.cloudscbl.nl-ams.scw.cloud"
    "scbl.pl-waw.scw.cloudshimabara.nagasaki.jpshimamaki.hokkaido.jpshimokawa.hokkaido.jp"
    "shimokitayama.nara.jpshimotsuke.tochigi.jpshimotsuma.ibaraki.jpshinichi.hiroshima.jp"
    "shirahama.wakayama.jpshiranuka.hokkaido.jpshirataka.yamagata.jpshiriuchi.hokkaido.jp"
    "stackhero-network.comstreakusercontent.comsukagawa.fukushima.jptabayama.yamanashi.jp"
    "takanezawa.tochigi.jptakehara.hiroshima.jptamakawa.fukushima.jptanagura.fukushima.jp"
    "tarumizu.kagoshima.jpteshikaga.hokkaido.jptokorozawa.saitama.jptokuyama.yamaguchi.jp"
    "tomakomai.hokkaido.jptomigusuku.okinawa.jptondabayashi.osaka.jptrentin-sued-tirol.it"
    "trentino-altoadige.ittrentino-sud-tirol.ittrentino-suedtirol.ittrentinoalto-adige.it"
    "trentinosued-tirol.ittsukigata.hokkaido.jpuenohara.yamanashi.jpunison-services.cloud"
    "us-east-1.convex.siteutashinai.hokkaido.jputsunomiya.tochigi.jpwebsitebuilder.online"
    "wiredbladehosting.comxn--b-5ga.nordland.noxn--b-5ga.telemark.noxn--bearalvhki-y4a.no"
    "xn--bhcavuotna-s4a.noxn--brnnysund-m8ac.noxn--cesenaforl-i8a.itxn--davvenjrga-y4a.no"
    "xn--forlcesena-c8a.itxn--j1ael8b.xn--p1acfxn--leagaviika-52b.noxn--mlatvuopmi-s4a.no"
    "xn--rhkkervju-01af.noxn--sndre-land-0cb.noxn--stre-toten-zcb.noxn--valleaoste-e7a.it"
    "abashiri.hokkaido.jpakamaihd-staging.netasakawa.fukushima.jpauthgear-staging.combainbridge-isl.wa.us"
    "biratori.hokkaido.jpbolzano-altoadige.itbrowsersafetymark.iocarbonia-iglesias.itcdn.cloudflarecn.net"
    "cloud.metacentrum.czcouchpotatofries.orgcust.retrosnub.co.ukddl.fr-par.scw.cloudddl.nl-ams.scw.cloud"
    "ddl.pl-waw.scw.clouddev-builder.code.comelb.amazonaws.com.cnendoftheinternet.orgest-mon-blogueur.com"
    "etajima.hiroshima.jpfastly-terrarium.comfedorainfracloud.orgfirewall-gateway.comfirewall-gateway.net"
    "fuefuki.yamanashi.jpfujikawa.shizuoka.jpfujisawa.kanagawa.jpfujishiro.ibaraki.jpfukagawa.hokkaido.jp"
    "fukuchiyama.kyoto.jpfunagata.yamagata.jpfurubira.hokkaido.jpgushikami.okinawa.jphachirogata.akita.jp"
    "hakodate.hokkaido.jphayashima.okayama.jphigashi.fukushima.jphigashiyama.kyoto.jphirogawa.wakayama.jp"
    "honbetsu.hokkaido.jphoronobe.hokkaido.jpifr.fr-par.scw.cloudifr.nl-ams.scw.cloudifr.pl-waw.scw.cloud"
    "iglesias-carbonia.itindependent-panel.ukipfs.nftstorage.linkis-a-hard-worker.comis-a-libertarian.com"
    "is-an-accountant.comis-into-cartoons.comis-not-certified.comishikari.hokkaido.jpishinomaki.miyagi.jp"
    "issmarterthanyou.comit1.jenv-aruba.cloudiwakuni.yamaguchi.jpizumozaki.niigata.jpjcloud.ik-server.com"
    "kadogawa.miyazaki.jpkakamigahara.gifu.jpkakegawa.shizuoka.jpkamakura.kanagawa.jpkamiizumi.saitama.jp"
    "kamikawa.hokkaido.jpkamikitayama.nara.jpkamoenai.hokkaido.jpkanazawa.ishikawa.jpkaneyama.yamagata.jp"
    "kawaguchi.saitama.jpkawakita.ishikawa.jpkawatana.nagasaki.jpkembuchi.hokkaido.jpkikugawa.shizuoka.jp"
    "kinokawa.wakayama.jpkitadaito.okinawa.jpkitagawa.miyazaki.jpkitakata.miyazaki.jpkitayama.wakayama.jp"
    "kiyokawa.kanagawa.jpkiyosato.hokkaido.jpkoshigaya.saitama.jpkouyama.kagoshima.jpkozagawa.wakayama.jp"
    "kudoyama.wakayama.jpkumamoto.kumamoto.jpkunitomi.miyazaki.jpkunneppu.hokkaido.jpkurashiki.okayama.jp"
    "kuriyama.hokkaido.jplpg.objectstorage.chlutrausercontent.commagicpatternsapp.commatsumae.hokkaido.jp"
    "matsuura.nagasaki.jpmel.cloudlets.com.auminamata.kumamoto.jpminamiaiki.nagano.jpminamiawaji.hyogo.jp"
    "minamimaki.nagano.jpmishima.fukushima.jpmiyashiro.saitama.jpmiyazaki.miyazaki.jpmiyoshi.hiroshima.jp"
    "miyoshi.tokushima.jpmochausercontent.commombetsu.hokkaido.jpmoseushi.hokkaido.jpmurayama.yamagata.jp"
    "mysecuritycamera.commysecuritycamera.netmysecuritycamera.orgnagasaki.nagasaki.jpnakadomari.aomori.jp"
    "nakagawa.hokkaido.jpnakanoto.ishikawa.jpnakayama.yamagata.jpnamerikawa.toyama.jpnichinan.miyazaki.jp"
    "niikappu.hokkaido.jpninomiya.kanagawa.jpnishigo.fukushima.jpnishihara.okinawa.jpnishiizu.shizuoka.jp"
    "nishikata.tochigi.jpnishinomiya.hyogo.jpnonoichi.ishikawa.jpoci.customer-oci.comocp.customer-oci.com"
    "ocs.customer-oci.comomaezaki.shizuoka.jpomihachiman.shiga.jpomotego.fukushima.jposakasayama.osaka.jp"
    "paas.massivegrid.compages.torproject.netrankoshi.hokkaido.jprdb.fr-par.scw.cloudrdb.nl-ams.scw.cloud"
    "rdb.pl-waw.scw.cloudrealtime.supabase.corma.objectstorage.chrsc.contentproxy9.czruns.onstackit.cloud"
    "ryugasaki.ibaraki.jpsakegawa.yamagata.jpsamukawa.kanagawa.jpsaves-the-whales.comshakotan.hokkaido.jp"
    "shibecha.hokkaido.jpshichinohe.aomori.jpshijonawate.osaka.jpshikokuchuo.ehime.jpshimodate.ibaraki.jp"
    "shimogo.fukushima.jpshintoku.hokkaido.jpshintomi.miyazaki.jpshirosato.ibaraki.jpshizukuishi.iwate.jp"
    "shizuoka.shizuoka.jpshobara.hiroshima.jpstg-builder.code.comtachiarai.fukuoka.jptaishin.fukushima.jp"
    "takaharu.miyazaki.jptakahashi.okayama.jptakahata.yamagata.jptakamori.kumamoto.jptakanabe.miyazaki.jp"
    "takazaki.miyazaki.jptakikawa.hokkaido.jptakinoue.hokkaido.jptatebayashi.gunma.jpthanhphohochiminh.vn"
    "tokamachi.niigata.jptokashiki.okinawa.jptosashimizu.kochi.jptownnews-staging.comtoyotomi.hokkaido.jp"
    "trentin-sud-tirol.ittrentin-suedtirol.ittrentino-sudtirol.ittrentinoaltoadige.ittrentinosud-tirol.it"
    "trentinosuedtirol.ittrentinsued-tirol.ittsubetsu.hokkaido.jptsuchiura.ibaraki.jptsuruoka.yamagata.jp"
    "tsushima.nagasaki.jpuchinada.ishikawa.jpvs.mythic-beasts.comwakayama.wakayama.jpwakkanai.hokkaido.jp"
    "web.core.windows.netweeklylottery.org.ukwhm.fr-par.scw.cloudwhm.nl-ams.scw.cloudxn--90a1af.xn--p1acf"
    "xn--90azh.xn--90a3acxn--c1avg.xn--90a3acxn--eveni-0qa01ga.noxn--h1aliz.xn--p1acfxn--hgebostad-g3a.no"
    "xn--krdsherad-m8a.noxn--o1ach.xn--90a3acxn--porsgu-sta26f.noxn--sr-aurdal-l8a.noxn--vestvgy-ixa6o.no"
    "xn--vre-eiker-k8a.noxn--w4r85el8fhu5dnrayamagata.yamagata.jpyamakita.kanagawa.jpyamanobe.yamagata.jp"
    "yamanouchi.nagano.jpyamatotakada.nara.jpyanaizu.fukushima.jpyokosuka.kanagawa.jpyonezawa.yamagata.jp"
    "yoshikawa.saitama.jpyugawara.kanagawa.jpyukuhashi.fukuoka.jpaibetsu.hokkaido.jpaizumi.tokushima.jp"
    "akabira.hokkaido.jpakkeshi.hokkaido.jpanamizu.ishikawa.jpasakuchi.okayama.jpashikaga.tochigi.jp"
    "balsan-suedtirol.itbandai.fukushima.jpbulsan-suedtirol.itbungotakada.oita.jpcarboniaiglesias.it"
    "chijiwa.nagasaki.jpchikuhoku.nagano.jpchikusei.ibaraki.jpchikuzen.fukuoka.jpchitose.hokkaido.jp"
    "cloudflare-ipfs.comdemo.datadetect.comdev-myqnapcloud.comedgekey-staging.netembetsu.hokkaido.jp"
    "est-a-la-maison.comest-a-la-masion.comezproxy.kuleuven.befi.cloudplatform.fifirewall-gateway.de"
    "friuli-ve-giulia.itfujieda.shizuoka.jpfujimino.saitama.jpfukumitsu.toyama.jpfukuroi.shizuoka.jp"
    "funahashi.toyama.jpfutaba.fukushima.jpgotemba.shizuoka.jpgroundhandling.aerogyokuto.kumamoto.jp"
    "hachinohe.aomori.jphaibara.shizuoka.jphakusan.ishikawa.jphanamigawa.chiba.jphanawa.fukushima.jp"
    "hashikami.aomori.jphatogaya.saitama.jphatoyama.saitama.jphigashiomi.shiga.jphigashiura.aichi.jp"
    "hikari.yamaguchi.jphirata.fukushima.jphirokawa.fukuoka.jphirono.fukushima.jphisayama.fukuoka.jp"
    "hokuryu.hokkaido.jphokuto.yamanashi.jphomesecuritymac.comhotelwithflight.comhuissier-justice.fr"
    "ichiba.tokushima.jpichinomiya.aichi.jpichinomiya.chiba.jpichinoseki.iwate.jpiglesiascarbonia.it"
    "iitate.fukushima.jpimakane.hokkaido.jpinashiki.ibaraki.jpinatsuki.fukuoka.jpis-a-bookkeeper.com"
    "is-a-celticsfan.orgis-a-landscaper.comis-a-linux-user.orgis-a-republican.comis-an-anarchist.com"
    "is-with-theband.comisahaya.nagasaki.jpisehara.kanagawa.jpishigaki.okinawa.jpishikawa.okinawa.jp"
    "itayanagi.aomori.jpitoigawa.niigata.jpiwatsuki.saitama.jpj.scaleforce.com.cyjls-sto1.elastx.net"
    "jls-sto2.elastx.netjls-sto3.elastx.netkagamino.okayama.jpkainan.tokushima.jpkakinoki.shimane.jp"
    "kamikawa.saitama.jpkamisato.saitama.jpkanegasaki.iwate.jpkannami.shizuoka.jpkanoya.kagoshima.jp"
    "karuizawa.nagano.jpkasukabe.saitama.jpkatsushika.tokyo.jpkawahara.tottori.jpkawajima.saitama.jp"
    "kibichuo.okayama.jpkikonai.hokkaido.jpkikuchi.kumamoto.jpkitamoto.saitama.jpkitaura.miyazaki.jp"
    "knightpoint.systemskomatsu.ishikawa.jpkosuge.yamanashi.jpkouzushima.tokyo.jpkumagaya.saitama.jp"
    "kumano.hiroshima.jpkumejima.okinawa.jpkunigami.okinawa.jpkunimi.fukushima.jpkushima.miyazaki.jp"
    "kushiro.hokkaido.jpkutchan.hokkaido.jpmashike.hokkaido.jpmashiki.kumamoto.jpmatsuda.kanagawa.jp"
    "matsukawa.nagano.jpmatsumoto.nagano.jpmedia.strapiapp.commihara.hiroshima.jpmiharu.fukushima.jp"
    "minami.tokushima.jpminamiboso.chiba.jpminobu.yamanashi.jpmishima.shizuoka.jpmittwaldserver.info"
    "miyawaka.fukuoka.jpmizumaki.fukuoka.jpmochizuki.nagano.jpmoroyama.saitama.jpmunakata.fukuoka.jp"
    "murakami.niigata.jpmuroran.hokkaido.jpmyspreadshop.com.aunaganohara.gunma.jpnagaokakyo.kyoto.jp"
    "nagareyama.chiba.jpnagato.yamaguchi.jpnagatoro.saitama.jpnakagawa.fukuoka.jpnakatsugawa.gifu.jp"
    "namegata.ibaraki.jpnamegawa.saitama.jpnanporo.hokkaido.jpnaruto.tokushima.jpnichinan.tottori.jp"
    "niyodogawa.kochi.jpnobeoka.miyazaki.jpnorth-kazakhstan.suobihiro.hokkaido.jpodawara.kanagawa.jp"
    "ohtawara.tochigi.jpoishida.yamagata.jpokuizumo.shimane.jpon.staging.expo.apponline-server.cloud"
    "oraclecloudapps.comoshima.yamaguchi.jposhino.yamanashi.jpotofuke.hokkaido.jpotsuki.yamanashi.jp"
    "outsystemscloud.comowariasahi.aichi.jpport-townsend.wa.usrelay.evervault.apprelay.evervault.dev"
    "rishiri.hokkaido.jproutingthecloud.comroutingthecloud.netroutingthecloud.orgroyal-commission.uk"
    "s3.fr-par.scw.clouds3.nl-ams.scw.clouds3.pl-waw.scw.cloudsasaguri.fukuoka.jpscalebook.scw.cloud"
    "securitytactics.comsekd1.beebyteapp.iosekikawa.niigata.jpsetouchi.okayama.jpshikabe.hokkaido.jp"
    "shikaoi.hokkaido.jpshimada.shizuoka.jpshimizu.shizuoka.jpshimoda.shizuoka.jpshimosuwa.nagano.jp"
    "shiraoi.hokkaido.jpshiraoka.saitama.jpshiroishi.miyagi.jpshunan.yamaguchi.jpsite.tb-hosting.com"
    "sobetsu.hokkaido.jpstorage.supabase.cotabuse.yamaguchi.jptakahagi.ibaraki.jptakamatsu.kagawa.jp"
    "takarazuka.hyogo.jptaketomi.okinawa.jptateshina.nagano.jptaveusercontent.comtobetsu.hokkaido.jp"
    "togakushi.nagano.jptogitsu.nagasaki.jptokigawa.saitama.jptoyota.yamaguchi.jptoyoura.hokkaido.jp"
    "trentin-sudtirol.ittrentino-a-adige.ittrentino-s-tirol.ittrentinsud-tirol.ittrentinsuedtirol.it"
    "tsubata.ishikawa.jptsurugi.ishikawa.jptuleap-partners.comuchihara.ibaraki.jpurakawa.hokkaido.jp"
    "wajiki.tokushima.jpwassamu.hokkaido.jpxn--80au.xn--90a3acxn--90amc.xn--p1acfxn--btsfjord-9za.no"
    "xn--c1avg.xn--p1acfxn--d1at.xn--90a3acxn--gildeskl-g0a.noxn--givuotna-8ya.noxn--h1ahn.xn--p1acf"
    "xn--hylandet-54a.noxn--j1adp.xn--p1acfxn--j1aef.xn--p1acfxn--jrpeland-54a.noxn--kranghke-b0a.no"
    "xn--kvnangen-k0a.noxn--laheadju-7ya.noxn--lrenskog-54a.noxn--mgberp4a5d4a87gxn--mgbqly7c0a67fbc"
    "xn--mjndalen-64a.noxn--o1ac.xn--90a3acxn--vegrshei-c0a.noyabuki.fukushima.jpyamagata.ibaraki.jp"
    "yamato.fukushima.jpyanagawa.fukuoka.jpyawatahama.ehime.jpyokaichiba.chiba.jpyonabaru.okinawa.jp"
    "yonaguni.okinawa.jpyoshida.shizuoka.jpyoshinogari.saga.jpyotsukaido.chiba.jpyugawa.fukushima.jp"
    "adobeio-static.netadobeioruntime.netagematsu.nagano.jpaikawa.kanagawa.jpakamai-staging.net"
    "akune.kagoshima.jpalibabacloudcs.comamagasaki.hyogo.jpamami.kagoshima.jpaogashima.tokyo.jp"
    "appspacehosted.comarakawa.saitama.jpashoro.hokkaido.jpassabu.hokkaido.jpatsugi.kanagawa.jp"
    "atsuma.hokkaido.jpauiusercontent.combalena-devices.combalsan-sudtirol.itbase44-sandbox.com"
    "bifuka.hokkaido.jpbihoro.hokkaido.jpbmoattachments.orgbozen-suedtirol.itbulsan-sudtirol.it"
    "campidano-medio.itcdn.cloudflare.netcertification.aerochikugo.fukuoka.jpchikuho.fukuoka.jp"
    "chikujo.fukuoka.jpcity.kitakyushu.jpcivilaviation.aeroclient.scrypted.iocloudfunctions.net"
    "cloudsite.builderscust.cloudscale.chdaiwa.hiroshima.jpdazaifu.fukuoka.jpdemo.datacenter.fi"
    "doshi.yamanashi.jpdrive-platform.comdynamisches-dns.dedyndns-at-home.comdyndns-at-work.com"
    "dyndns.dappnode.ioeast-kazakhstan.sueating-organic.netebetsu.hokkaido.jpenterprisecloud.nu"
    "entertainment.aeroes-1.axarnet.cloudesashi.hokkaido.jpevje-og-hornnes.nofastvps-server.com"
    "freetls.fastly.netfriuli-v-giulia.itfriuli-vegiulia.itfriulive-giulia.itfuchu.hiroshima.jp"
    "fuettertdasnetz.defujiidera.osaka.jpfukuchi.fukuoka.jpfunabashi.chiba.jpfurukawa.miyagi.jp"
    "ginowan.okinawa.jpgokase.miyazaki.jpgrayjayleagues.comhaboro.hokkaido.jphadano.kanagawa.jp"
    "haebaru.okinawa.jphakone.kanagawa.jphasami.nagasaki.jphere-for-more.infohidaka.hokkaido.jp"
    "hidaka.wakayama.jphigashi.fukuoka.jphigashi.okinawa.jphioki.kagoshima.jphirado.nagasaki.jp"
    "hiraizumi.iwate.jphirosaki.aomori.jphitachi.ibaraki.jphokuto.hokkaido.jphomesecuritypc.com"
    "hongo.hiroshima.jphosting-cluster.nlibaraki.ibaraki.jpichikai.tochigi.jpimagine-proxy.work"
    "instances.spawn.ccipfs.storacha.linkis-a-anarchist.comis-a-bruinsfan.orgis-a-bulls-fan.com"
    "is-a-candidate.orgis-a-fullstack.devis-a-nascarfan.comis-a-socialist.comis-a-therapist.com"
    "is-an-engineer.comitano.tokushima.jpivano-frankivsk.uaiwafune.tochigi.jpiwaki.fukushima.jp"
    "iwanai.hokkaido.jpizumi.kagoshima.jpizumiotsu.osaka.jpizumisano.osaka.jpj.layershift.co.uk"
    "janeway.replit.devjed.wafaicloud.comjelastic.dogado.eukahoku.ishikawa.jpkahoku.yamagata.jp"
    "kainan.wakayama.jpkaisei.kanagawa.jpkaita.hiroshima.jpkamiichi.toyama.jpkamikoani.akita.jp"
    "kasaoka.okayama.jpkashima.ibaraki.jpkashiwara.osaka.jpkatashina.gunma.jpkatsuyama.fukui.jp"
    "kawagoe.saitama.jpkawakami.nagano.jpkawanishi.hyogo.jpkawasaki.miyagi.jpkawazu.shizuoka.jp"
    "kayabe.hokkaido.jpkazimierz-dolny.plkimino.wakayama.jpkinko.kagoshima.jpkishiwada.osaka.jp"
    "kitaaiki.nagano.jpkitaakita.akita.jpkitami.hokkaido.jpkokubunji.tokyo.jpkomagane.nagano.jp"
    "kommunalforbund.sekoori.fukushima.jpkoshu.yamanashi.jpkotohira.kagawa.jpkotoura.tottori.jp"
    "kounosu.saitama.jpkumakogen.ehime.jpkumenan.okayama.jpkunden.ortsinfo.atkunitachi.tokyo.jp"
    "kuroishi.aomori.jpkuroiso.tochigi.jpkyotanabe.kyoto.jplb.ru-msk.k2.cloudlb.ru-spb.k2.cloud"
    "loginline.serviceslovableproject.commarugame.kagawa.jpmarumori.miyagi.jpmashiko.tochigi.jp"
    "matsubara.osaka.jpmatsuyama.ehime.jpmedio-campidano.itmembers.linode.commifune.kumamoto.jp"
    "mihama.wakayama.jpmikasa.hokkaido.jpmikawa.yamagata.jpmimata.miyazaki.jpmisato.wakayama.jp"
    "mitou.yamaguchi.jpmitsuke.niigata.jpmiyoshi.saitama.jpmoriguchi.osaka.jpmoriyoshi.akita.jp"
    "mukawa.hokkaido.jpmusashino.tokyo.jpmutsuzawa.chiba.jpmwcloudnonprod.commyspreadshop.co.uk"
    "nagaoka.niigata.jpnagasu.kumamoto.jpnakagawa.nagano.jpnakijin.okinawa.jpnamie.fukushima.jp"
    "nanbu.yamanashi.jpnango.fukushima.jpnaoshima.kagawa.jpnarashino.chiba.jpnayoro.hokkaido.jp"
    "nemuro.hokkaido.jpniigata.niigata.jpnishiarita.saga.jpnishiazai.shiga.jpnishitosa.kochi.jp"
    "nishiwaki.hyogo.jpnumata.hokkaido.jpnumazu.shizuoka.jpoaiusercontent.comobservablehq.cloud"
    "ogasawara.tokyo.jpohkura.yamagata.jpokagaki.fukuoka.jpokayama.okayama.jpokegawa.saitama.jp"
    "okinawa.okinawa.jpokuma.fukushima.jpomitama.ibaraki.jpondigitalocean.appotake.hiroshima.jp"
    "otama.fukushima.jpoyamazaki.kyoto.jppaas.datacenter.fipages.wiardweb.comport-angeles.wa.us"
    "port-orchard.wa.usprequalifyme.todayprivate.repost.awsqualyhqpartner.comraffleentry.org.uk"
    "reggio-calabria.itreserve-online.netrokunohe.aomori.jpryd.wafaicloud.comryokami.saitama.jp"
    "s3-1.amazonaws.coms3.ru-msk.k2.clouds3.ru-spb.k2.cloudsaigawa.fukuoka.jpsaikai.nagasaki.jp"
    "saitama.saitama.jpsakata.yamagata.jpsaroma.hokkaido.jpsasebo.nagasaki.jpsatosho.okayama.jp"
    "sekigahara.gifu.jpsells-for-less.comserveminecraft.netshibata.niigata.jpshibukawa.gunma.jp"
    "shiiba.miyazaki.jpshimamoto.osaka.jpshimane.shimane.jpshimofusa.chiba.jpshimoji.okinawa.jp"
    "shimonita.gunma.jpshinagawa.tokyo.jpshingu.wakayama.jpshinjo.yamagata.jpshinonsen.hyogo.jp"
    "shinshiro.aichi.jpshiogama.miyagi.jpshiojiri.nagano.jpshonai.yamagata.jpshowa.fukushima.jp"
    "showa.yamanashi.jpsite.rb-hosting.iosodegaura.chiba.jpspectrum.myjino.rustaging.replit.dev"
    "stjordalshalsen.nosumoto.kumamoto.jpsusono.shizuoka.jptachikawa.tokyo.jptakamori.nagano.jp"
    "takashima.shiga.jptakasu.hokkaido.jptakatsuki.osaka.jptakatsuki.shiga.jptakayama.nagano.jp"
    "tanabe.wakayama.jptateyama.toyama.jptawaramoto.nara.jptenei.fukushima.jptobishima.aichi.jp"
    "tochigi.tochigi.jptomari.hokkaido.jptottori.tottori.jptoyako.hokkaido.jptoyohashi.aichi.jp"
    "toyotsu.fukuoka.jptozawa.yamagata.jptravelersinsurancetrentino-aadige.ittrentino-stirol.it"
    "trentinoa-adige.ittrentinos-tirol.ittrentinsudtirol.ittsubame.niigata.jptsukiyono.gunma.jp"
    "tsukuba.ibaraki.jptsukui.kanagawa.jptsuru.yamanashi.jptsuwano.shimane.jptsuyama.okayama.jp"
    "u2-local.xnbay.comuchinomi.kagawa.jpujitawara.kyoto.jpurausu.hokkaido.jpuser.aseinet.ne.jp"
    "user.localcert.devvip.jelastic.cloudwajima.ishikawa.jpwritesthisblog.comxn--aroport-bya.ci"
    "xn--bdddj-mrabd.noxn--berlevg-jxa.noxn--hkkinen-5wa.fixn--hnefoss-q1a.noxn--holtlen-hxa.no"
    "xn--hyanger-q1a.noxn--krehamn-dxa.noxn--kvfjord-nxa.noxn--langevg-jxa.noxn--ldingen-q1a.no"
    "xn--mgba3a4f16a.irxn--mgbai9a5eva00bxn--nttery-byae.noxn--nvuotna-hwa.noxn--oppegrd-ixa.no"
    "xn--rennesy-v1a.noxn--rlingen-mxa.noxn--sdtirol-n2a.itxn--skjervy-v1a.noxn--sknland-fxa.no"
    "xn--sr-fron-q1a.noxn--sr-odal-q1a.noxn--srreisa-q1a.noxn--stjrdal-s1a.noxn--tnsberg-q1a.no"
    "xn--trgstad-r1a.noxn--ygarden-p1a.noyachimata.chiba.jpyachiyo.ibaraki.jpyakumo.hokkaido.jp"
    "yamaga.kumamoto.jpyamagata.nagano.jpyamamoto.miyagi.jpyamashina.kyoto.jpyamato.kanagawa.jp"
    "yamato.kumamoto.jpyarrow-point.wa.usyatsuka.shimane.jpyoichi.hokkaido.jpyomitan.okinawa.jp"
    "yoshida.saitama.jpyoshimi.saitama.jpyurihonjo.akita.jpyusui.kagoshima.jpzentsuji.kagawa.jp"
    "a.prod.fastly.netadobeaemcloud.netakaiwa.okayama.jpakishima.tokyo.jpanan.tokushima.jp"
    "appengine.flow.charcher.replit.devarida.wakayama.jpasahi.yamagata.jpashiya.fukuoka.jp"
    "atami.shizuoka.jpaurskog-holand.noayagawa.kagawa.jpayase.kanagawa.jpazumino.nagano.jp"
    "azurecontainer.ioazurewebsites.netbarsyonline.co.ukbibai.hokkaido.jpbozen-sudtirol.it"
    "builtwithdark.comcampidanomedio.itcanary.replit.devcdn77-storage.comchampionship.aero"
    "chikuma.nagano.jpchoyo.kumamoto.jpchuo.yamanashi.jpcloudycluster.netcommunity-pro.net"
    "date.fukushima.jpdell-ogliastra.itdemo.jelastic.comdeployagent.spacednepropetrovsk.ua"
    "dnipropetrovsk.uadrive-platform.iodyndns-office.comdyndns-remote.comdyndns-server.com"
    "ebina.kanagawa.jpebino.miyazaki.jpecommerce-shop.pleero-stage.onlineemilia-romagna.it"
    "endofinternet.netendofinternet.orgeniwa.hokkaido.jperimo.hokkaido.jpest-le-patron.com"
    "eu-1.evennode.comeu-2.evennode.comeu-3.evennode.comeu-4.evennode.comflt.cloud.muni.cz"
    "friuli-vgiulia.itfriuliv-giulia.itfriulivegiulia.itfrontend.encr.appfujimi.saitama.jp"
    "fujisato.akita.jpfujisawa.iwate.jpfukaya.saitama.jpfukusaki.hyogo.jpfutsu.nagasaki.jp"
    "gamagori.aichi.jpginoza.okinawa.jpgit-pages.rit.edugithubpreview.devglobal.replit.dev"
    "habikino.osaka.jphachioji.tokyo.jphacker.replit.devhagi.yamaguchi.jphakata.fukuoka.jp"
    "hakui.ishikawa.jphamada.shimane.jphanamaki.iwate.jphasuda.saitama.jpheroy.nordland.no"
    "hidaka.saitama.jphikawa.shimane.jphikimi.shimane.jphimeshima.oita.jphinohara.tokyo.jp"
    "hirakata.osaka.jphiranai.aomori.jphirara.okinawa.jphiroo.hokkaido.jphofu.yamaguchi.jp"
    "hosting.myjino.ruhyuga.miyazaki.jpichihara.chiba.jpichikawa.chiba.jpichikawa.hyogo.jp"
    "ichinohe.iwate.jpiizuka.fukuoka.jpikeda.hokkaido.jpikusaka.nagano.jpilovecollege.info"
    "inami.wakayama.jpis-a-democrat.comis-a-designer.comis-a-musician.comis-a-rockstar.com"
    "is-an-actress.comis-into-anime.comis-into-games.comis-very-sweet.orgisa-hockeynut.com"
    "isen.kagoshima.jpitabashi.tokyo.jpitoman.okinawa.jpiwade.wakayama.jp";

inline constexpr char psl_chunk_1[] =
    "iwaizumi.iwate.jpiwanuma.miyagi.jpiwata.shizuoka.jpjoetsu.niigata.jpkadena.okinawa.jp"
    "kakogawa.hyogo.jpkamagaya.chiba.jpkamaishi.iwate.jpkamigori.hyogo.jpkamijima.ehime.jp"
    "kamikawa.hyogo.jpkamisu.ibaraki.jpkamogawa.chiba.jpkanonji.kagawa.jpkanuma.tochigi.jp"
    "kariwa.niigata.jpkasama.ibaraki.jpkasamatsu.gifu.jpkashihara.nara.jpkasuga.fukuoka.jp"
    "kasuya.fukuoka.jpkatagami.akita.jpkatsuragi.nara.jpkatsuura.chiba.jpkawanishi.nara.jp"
    "kawara.fukuoka.jpkeisen.fukuoka.jpkisarazu.chiba.jpkitagawa.kochi.jpkitakami.iwate.jp"
    "kofu.yamanashi.jpkosai.shizuoka.jpkujukuri.chiba.jpkumatori.osaka.jpkumiyama.kyoto.jp"
    "kurate.fukuoka.jpkure.hiroshima.jpkurogi.fukuoka.jpkurume.fukuoka.jpkuzumaki.iwate.jp"
    "kyotamba.kyoto.jpkyotango.kyoto.jpkyowa.hokkaido.jplanding.myjino.rulinkyard-cloud.ch"
    "linodeobjects.comlpusercontent.commaebashi.gunma.jpmagentosite.cloudmagicpatterns.app"
    "maniwa.okayama.jpmasuda.shimane.jpmatsue.shimane.jpmediocampidano.itmidtre-gauldal.no"
    "mima.tokushima.jpminakami.gunma.jpminami.fukuoka.jpminano.saitama.jpmisaki.okayama.jp"
    "misasa.tottori.jpmisato.shimane.jpmiura.kanagawa.jpmiyako.fukuoka.jpmiyama.fukuoka.jp"
    "mizusawa.iwate.jpmocha-sandbox.devmoriya.ibaraki.jpmoriyama.shiga.jpmotegi.tochigi.jp"
    "motobu.okinawa.jpmotoyama.kochi.jpmugi.tokushima.jpmyforum.communitynaamesjevuemie.no"
    "nagahama.shiga.jpnagai.yamagata.jpnaka.hiroshima.jpnakai.kanagawa.jpnakama.fukuoka.jp"
    "nakamura.kochi.jpnakanojo.gunma.jpnamikata.ehime.jpnanae.hokkaido.jpnanao.ishikawa.jp"
    "nanyo.yamagata.jpnaturbruksgymn.seneyagawa.osaka.jpnogata.fukuoka.jpnotogawa.shiga.jp"
    "obama.nagasaki.jpobira.hokkaido.jpoffice-on-the.netogawara.miyagi.jpoguni.yamagata.jp"
    "oketo.hokkaido.jpomura.nagasaki.jponagawa.miyagi.jpooshika.nagano.jpopencraft.hosting"
    "oseto.nagasaki.jpotaru.hokkaido.jpotobe.hokkaido.jpozora.hokkaido.jppicard.replit.dev"
    "pippu.hokkaido.jpport-ludlow.wa.uspublic-inquiry.ukqualyhqportal.comranzan.saitama.jp"
    "ravendb.communityrebun.hokkaido.jpreggiocalabria.itruncontainers.devsagae.yamagata.jp"
    "saito.miyazaki.jpsaka.hiroshima.jpsakado.saitama.jpsakura.tochigi.jpsande.vestfold.no"
    "sannohe.aomori.jpsasayama.hyogo.jpsayama.saitama.jpschulplattform.descrapper-site.net"
    "seihi.nagasaki.jpseirou.niigata.jpsellsyourhome.orgsera.hiroshima.jpserveexchange.com"
    "servehalflife.comsetagaya.tokyo.jpshari.hokkaido.jpshibata.miyagi.jpshika.ishikawa.jp"
    "shikama.miyagi.jpshikatsu.aichi.jpshimoichi.nara.jpshingu.fukuoka.jpshinjo.okayama.jp"
    "shinjuku.tokyo.jpshioya.tochigi.jpshiroishi.saga.jpshonai.fukuoka.jpsimplesite.com.br"
    "soma.fukushima.jpspace-to-rent.comstatic-access.netsuginami.tokyo.jpsugito.saitama.jp"
    "t3.storageapi.devtadotsu.kagawa.jptagami.niigata.jptagawa.fukuoka.jptaiji.wakayama.jp"
    "taiki.hokkaido.jptainai.niigata.jptakahama.aichi.jptakahama.fukui.jptakaishi.osaka.jp"
    "takaoka.toyama.jptakasago.hyogo.jptakasaki.gunma.jptakata.fukuoka.jptakayama.gunma.jp"
    "tamamura.gunma.jptamano.okayama.jptamayu.shimane.jptanohata.iwate.jptarama.okinawa.jp"
    "tarpit.replit.devtateyama.chiba.jptatsuno.nagano.jptendo.yamagata.jpthingdustdata.com"
    "tochio.niigata.jptohma.hokkaido.jptohnosho.chiba.jptokoname.aichi.jptomisato.chiba.jp"
    "tomobe.ibaraki.jptonaki.okinawa.jptonosho.kagawa.jptorahime.shiga.jptoride.ibaraki.jp"
    "toyokawa.aichi.jptoyonaka.osaka.jptoyosato.shiga.jptrafficplex.cloudtrentinoaadige.it"
    "trentinostirol.ittrycloudflare.comtsugaru.aomori.jptsuiki.fukuoka.jptsumagoi.gunma.jp"
    "tsunan.niigata.jptsuno.miyazaki.jptsuruta.aomori.jptsushima.aichi.jptucker.replit.dev"
    "u.channelsdvr.netuk.primetel.cloudunazuki.toyama.jpunusualperson.comunzen.nagasaki.jp"
    "urasoe.okinawa.jpus-1.evennode.comus-2.evennode.comus-3.evennode.comus-4.evennode.com"
    "usgovcloudapp.netushiku.ibaraki.jpusr.cloud.muni.czvallee-d-aoste.itw-staticblitz.com"
    "wakasa.tottori.jpwarabi.saitama.jpwebspace-host.comwebspaceconfig.dewesley.replit.dev"
    "wien.funkfeuer.atworkinggroup.aeroxn--41a.xn--p1acfxn--5su34j936bgsgxn--bck1b9a5dre4c"
    "xn--bjddar-pta.noxn--brnny-wuac.noxn--d5qv7z876c.jpxn--djrs72d6uy.jpxn--hamary-fya.no"
    "xn--indery-fya.noxn--jlster-bya.noxn--karlsy-fya.noxn--kfjord-iua.noxn--krager-gya.no"
    "xn--kvitsy-fya.noxn--lesund-hua.noxn--merker-kua.noxn--mgba3a4fra.irxn--mgbah1a3hjkrd"
    "xn--mgbai9azgqp6jxn--mgberp4a5d4arxn--mlselv-iua.noxn--moreke-jua.noxn--mosjen-eya.no"
    "xn--ntso0iqx3a.jpxn--ostery-fya.noxn--rmskog-bya.noxn--ryrvik-bya.noxn--skierv-uta.no"
    "xn--srfold-bya.noxn--unjrga-rta.noxn--vgsy-qoa0j.noxn--vrggt-xqad.noxn--xkc2dl3a5ee0h"
    "yahiko.niigata.jpyaizu.shizuoka.jpyakage.okayama.jpyakumo.shimane.jpyamada.fukuoka.jp"
    "yashio.saitama.jpyasugi.shimane.jpyasuoka.nagano.jpyawara.ibaraki.jpyokoze.saitama.jp"
    "yonago.tottori.jpyoshioka.gunma.jpyuasa.wakayama.jpyusuhara.kochi.jpyuzawa.niigata.jp"
    "zamami.okinawa.jpzushi.kanagawa.jp123hjemmeside.dk123hjemmeside.noa.ssl.fastly.netabu.yamaguchi.jp"
    "agano.niigata.jpakagi.shimane.jpakamaiorigin.netakiruno.tokyo.jpantagonist.cloudaomori.aomori.jp"
    "appwrite.networkarai.shizuoka.jparakawa.tokyo.jparao.kumamoto.jpasahi.ibaraki.jpasaka.saitama.jp"
    "ascoli-piceno.itat-band-camp.netatlassian-3p.comauthgearapps.comawsapprunner.comazure-mobile.net"
    "azurewebsites.usb.ssl.fastly.netbando.ibaraki.jpbaria-vungtau.vnbarsyonline.menubarsyonline.shop"
    "beta.wmcloud.orgbiei.hokkaido.jpbizen.okayama.jpblackbaudcdn.netbones.replit.devbumbleshrimp.com"
    "bungoono.oita.jpbuzen.fukuoka.jpca.reclaim.cloudcaltanissetta.itcampinagrande.brcarrara-massa.it"
    "chiyoda.gunma.jpchiyoda.tokyo.jpchizu.tottori.jpcity.kawasaki.jpcity.yokohama.jpcloudaccess.host"
    "clusters.rdpa.cocommunity-pro.decs.keliweb.clouddaigo.ibaraki.jpdellogliastra.itdeno-staging.dev"
    "dielddanuorri.nodivttasvuotna.nodreamhosters.comdynamic-dns.infoedogawa.tokyo.jpeiheiji.fukui.jp"
    "elastic.k2.cloudemiliaromagna.itesan.hokkaido.jpeu.encoway.cloudeu.meteorapp.comfantasyleague.cc"
    "fedorapeople.orgframercanvas.comfriulivgiulia.itfuji.shizuoka.jpfujimi.nagano.jpfujioka.gunma.jp"
    "fukudomi.saga.jpfuturehosting.atfuturemailing.atgentlentapis.comgiehtavuoatna.nogig-harbor.wa.us"
    "gobo.wakayama.jpgonohe.aomori.jpgosen.niigata.jpgoshiki.hyogo.jpgotsu.shimane.jpguovdageaidnu.no"
    "hachijo.tokyo.jphakuba.nagano.jpham-radio-op.nethamatama.saga.jphanggliding.aerohanno.saitama.jp"
    "hanyu.saitama.jphekinan.aichi.jphercules-app.comhercules-dev.comhiraya.nagano.jphonjo.saitama.jp"
    "ibara.okayama.jpibaraki.osaka.jpiheya.okinawa.jpiide.yamagata.jpiijima.nagano.jpiiyama.nagano.jp"
    "iizuna.nagano.jpimabari.ehime.jpinagawa.hyogo.jpinazawa.aichi.jpinuyama.aichi.jpiruma.saitama.jp"
    "is-a-blogger.comis-a-caterer.comis-a-liberal.comis-a-painter.comis-a-patsfan.orgis-a-student.com"
    "is-a-teacher.comis-an-artist.comis-certified.comis-into-cars.comis-very-evil.orgis-very-good.org"
    "is-very-nice.orgisa.kagoshima.jpisesaki.gunma.jpisshiki.aichi.jpitako.ibaraki.jpitakura.gunma.jp"
    "iwakura.aichi.jpiwama.ibaraki.jpizena.okinawa.jpj.scaleforce.netjohana.toyama.jpkaga.ishikawa.jp"
    "kai.yamanashi.jpkaizuka.osaka.jpkakuda.miyagi.jpkameoka.kyoto.jpkamimine.saga.jpkamioka.akita.jp"
    "kamitsue.oita.jpkarumai.iwate.jpkasahara.gifu.jpkashiwa.chiba.jpkasugai.aichi.jpkawakami.nara.jp"
    "kijo.miyazaki.jpkimitsu.chiba.jpkitagata.gifu.jpkitagata.saga.jpkitahata.saga.jpkodaira.tokyo.jp"
    "koganei.tokyo.jpkomoro.nagano.jpkoya.wakayama.jpkoza.wakayama.jpkropyvnytskyi.uakui.hiroshima.jp"
    "kunisaki.oita.jpkurobe.toyama.jpkurotaki.nara.jpkusatsu.gunma.jpkusatsu.shiga.jplive-website.com"
    "machida.tokyo.jpmaibara.shiga.jpmaintenance.aeromaizuru.kyoto.jpmap.fastlylb.netmarketplace.aero"
    "massa-carrara.itmatsudo.chiba.jpmatsuno.ehime.jpmatsusaka.mie.jpmatta-varjjat.nominamiise.mie.jp"
    "minokamo.gifu.jpmisato.miyagi.jpmisawa.aomori.jpmitoyo.kagawa.jpmiyada.nagano.jpmiyoshi.aichi.jp"
    "miyota.nagano.jpmizunami.gifu.jpmonza-brianza.itmonzaebrianza.itmorioka.iwate.jpmuika.niigata.jp"
    "murata.miyagi.jpmyhome-server.demyoko.niigata.jpmyshopblocks.commyspreadshop.netnagano.nagano.jp"
    "nagawa.nagano.jpnagiso.nagano.jpnaie.hokkaido.jpnakagyo.kyoto.jpnakano.nagano.jpnanbu.tottori.jp"
    "nanjo.okinawa.jpnankoku.kochi.jpnanmoku.gunma.jpnatori.miyagi.jpnieruchomosci.plniihama.ehime.jp"
    "niimi.okayama.jpniiza.saitama.jpniki.hokkaido.jpnikko.tochigi.jpnishi.fukuoka.jpnisshin.aichi.jp"
    "noheji.aomori.jpnomi.ishikawa.jpnore-og-uvdal.nonosegawa.nara.jpnoshiro.akita.jpnyuzen.toyama.jp"
    "oarai.ibaraki.jpofficial.academyofunato.iwate.jpogano.saitama.jpogawa.ibaraki.jpogawa.saitama.jp"
    "ogimi.okinawa.jpogori.fukuoka.jpogose.saitama.jpohira.tochigi.jpoirase.aomori.jpoiso.kanagawa.jp"
    "ojiya.niigata.jpokazaki.aichi.jpokutama.tokyo.jpomigawa.chiba.jpomiya.saitama.jpomuta.fukuoka.jp"
    "on-rancher.cloudonojo.fukuoka.jpookuwa.nagano.jpotaki.saitama.jpotsuchi.iwate.jpoumu.hokkaido.jp"
    "oyama.tochigi.jpoystre-slidre.noparachuting.aeroparagliding.aeroparis.replit.devparoch.k12.ma.us"
    "pesaro-urbino.itplurinacional.bopostman-echo.comprg1-zerops.zonepro.typeform.comquipelements.com"
    "reggio-emilia.itriker.replit.devs3.amazonaws.comsakahogi.gifu.jpsakai.ibaraki.jpsakaki.nagano.jp"
    "sakuho.nagano.jpsame-preview.comsandbox.deno.netsanjo.niigata.jpsanuki.kagawa.jpsatte.saitama.jp"
    "seiro.niigata.jpsemboku.akita.jpsemine.miyagi.jpservesarcasm.comservice.gov.scotshibuya.tokyo.jp"
    "shiki.saitama.jpshingo.aomori.jpshirako.chiba.jpshitara.aichi.jpsilverdale.wa.ussisko.replit.dev"
    "skedsmokorset.nosn.mynetname.netsoeda.fukuoka.jpsoo.kagoshima.jpsourcecraft.sitespock.replit.dev"
    "srvrless.rdpa.costage.nodeart.iostarostwo.gov.plstreamlitapp.comstuff-4-sale.orgsuifu.ibaraki.jp"
    "suzaka.nagano.jpsuzu.ishikawa.jptabitorder.co.iltadaoka.osaka.jptagajo.miyagi.jptakagi.nagano.jp"
    "takatori.nara.jptakayama.gifu.jptatsuno.hyogo.jpteaches-yoga.comteams.replit.devtogura.nagano.jp"
    "tokai.ibaraki.jptomioka.gunma.jptomiya.miyagi.jptonami.toyama.jptoshima.tokyo.jptowada.aomori.jp"
    "toya.hokkaido.jptoyama.toyama.jptoyoake.aichi.jptoyooka.hyogo.jptraeumtgerade.detry-snowplow.com"
    "tsuga.tochigi.jptsuruga.fukui.jptypo3server.infoube.yamaguchi.jpujiie.tochigi.jpuk.reclaim.cloud"
    "ukiha.fukuoka.jpunnan.shimane.jpurawa.saitama.jpurayasu.chiba.jpurbino-pesaro.ituruma.okinawa.jp"
    "us.reclaim.clouduser.webaccel.jpusercontent.googuwajima.ehime.jpvaler.hedmark.novaler.ostfold.no"
    "valle-d-aosta.itvestre-slidre.novibo-valentia.itvirtualserver.iovultrobjects.comvusercontent.net"
    "wakuya.miyagi.jpwanouchi.gifu.jpwatari.miyagi.jpwebsite.k2.cloudwith.playit.pluswoltlab-demo.com"
    "workisboring.comwphostedmail.comxn--0trq7p7nn.jpxn--avery-yua.noxn--bidr-5nac.noxn--bievt-0qa.no"
    "xn--drbak-wua.noxn--finny-yua.noxn--fjord-lra.noxn--fzys8d69uvgmxn--gjvik-wua.noxn--hbmer-xqa.no"
    "xn--hpmir-xqa.noxn--karmy-yua.noxn--ksnes-uua.noxn--lgrd-poac.noxn--lhppi-xqa.noxn--linds-pra.no"
    "xn--loabt-0qa.noxn--lrdal-sra.noxn--mgba7c0bbn0axn--mgbcpq6gpa1axn--mgbqly7cvafrxn--msy-ula0h.no"
    "xn--muost-0qa.noxn--nry-yla5g.noxn--osyro-wua.noxn--rholt-mra.noxn--rland-uua.noxn--rskog-uua.no"
    "xn--ryken-vua.noxn--sandy-yua.noxn--seral-lra.noxn--sknit-yqa.noxn--snase-nra.noxn--trany-yua.no"
    "xn--troms-zua.noxn--tysvr-vra.noxn--vry-yla5g.noxn--xkc2al3hye2ayachiyo.chiba.jpyaese.okinawa.jp"
    "yaita.tochigi.jpyamada.toyama.jpyamagata.gifu.jpyasaka.nagano.jpyashiro.hyogo.jpyoita.niigata.jp"
    "yokkaichi.mie.jpyorii.saitama.jpyura.wakayama.jpyuu.yamaguchi.jpyuza.yamagata.jpzama.kanagawa.jp"
    "123paginaweb.ptactivetrail.bizadachi.tokyo.jpairtraffic.aeroakashi.hyogo.jpalp1.ae.flow.ch"
    "americanexpressann-arbor.mi.usannaka.gunma.jpanpachi.gifu.jpaogaki.hyogo.jpaosta-valley.it"
    "app-ionos.spaceappwrite.globalasahi.nagano.jpasahi.toyama.jpascolipiceno.itashiya.hyogo.jp"
    "aso.kumamoto.jpaya.miyazaki.jpazimuth.networkbahccavuotna.noballooning.aerobarsycenter.com"
    "barsyonline.combato.tochigi.jpbremerton.wa.usbunkyo.tokyo.jpcable-modem.orgcampaign.gov.uk"
    "carraramassa.itcatholic.edu.aucentralia.wa.uscesena-forli.itchino.nagano.jpchiryu.aichi.jp"
    "chonan.chiba.jpchosei.chiba.jpchoshi.chiba.jpchuo.fukuoka.jpcity.sapporo.jpcleverapps.tech"
    "clickrising.netcloudaccess.netconference.aeroconsultant.aeroconsulting.aerodaemon.panel.gg"
    "daisen.akita.jpdeployagent.comdeus-canvas.comdeuxfleurs.pagedevelopment.rundiscordsays.com"
    "discourse.groupditchyourip.comdivtasvuodna.nodns-dynamic.netdoesntexist.comdoesntexist.org"
    "dyndns-blog.comdyndns-free.comdyndns-home.comdyndns-mail.comdyndns-pics.comdyndns-wiki.com"
    "dyndns-work.comdyndns.ddnss.dedynuhosting.comedgecompute.appelementor.cloudent.platform.sh"
    "ex.futurecms.atfashionstore.jpfastly-edge.comfederation.aerofirebaseapp.comflutterflow.app"
    "forgeblocks.comforgot.her.nameforgot.his.nameforli-cesena.itfreedesktop.orgfuchu.toyama.jp"
    "futtsu.chiba.jpgeisei.kochi.jpgojome.akita.jpgotpantheon.comgovernment.aerografana-dev.net"
    "groks-this.infogs.jan-mayen.nohaga.tochigi.jphammarfeasta.nohamura.tokyo.jphannan.osaka.jp"
    "happou.akita.jpharima.hyogo.jphashima.gifu.jphatenadiary.comhatenadiary.orghattfjelldal.no"
    "hichiso.gifu.jphidaka.kochi.jphikone.shiga.jphimeji.hyogo.jphino.tottori.jphinode.tokyo.jp"
    "hirono.iwate.jphome.dyndns.orghonjyo.akita.jphosting.ovh.nethostyhosting.ioibigawa.gifu.jp"
    "id.forgerock.ioikaruga.nara.jpikeda.nagano.jpiki.nagasaki.jpimizu.toyama.jpin-the-band.net"
    "in.futurecms.atinami.toyama.jpinternet-dns.deis-a-doctor.comis-a-hunter.comis-a-knight.org"
    "is-a-lawyer.comis-a-player.comis-a-soxfan.orgis-a-techie.comis-an-actor.comis-uberleet.com"
    "is-very-bad.orgispmanager.nameitcouldbewor.seito.shizuoka.jpjelenia-gora.pljoboji.iwate.jp"
    "joso.ibaraki.jpjournalist.aerokadoma.osaka.jpkagami.kochi.jpkaho.fukuoka.jpkameyama.mie.jp"
    "kamo.niigata.jpkanmaki.nara.jpkanzaki.saga.jpkaratsu.saga.jpkariya.aichi.jpkashiba.nara.jp"
    "kashima.saga.jpkasuga.hyogo.jpkatano.osaka.jpkatori.chiba.jpkawaba.gunma.jpkazo.saitama.jp"
    "kazuno.akita.jpkerrypropertieskhmelnitskiy.uakhmelnytskyi.uakihoku.ehime.jpkira.replit.dev"
    "kirk.replit.devkisosaki.mie.jpkiyose.tokyo.jpkiyosu.aichi.jpknowsitall.infokoga.fukuoka.jp"
    "koga.ibaraki.jpkoge.tottori.jpkokonoe.oita.jpkomaki.aichi.jpkonsulat.gov.plkosaka.akita.jp"
    "kouhoku.saga.jpkozaki.chiba.jpkristiansand.nokristiansund.nokrokstadelva.nokuki.saitama.jp"
    "kunohe.iwate.jpkyonan.chiba.jpkyuragi.saga.jplaakesvuemie.nolcube-server.deleapcell.online"
    "lima-city.rockslocalplayer.devmanno.kagawa.jpmasaki.ehime.jpmassacarrara.itmeguro.tokyo.jp"
    "messwithdns.commiasa.nagano.jpmibu.tochigi.jpmicrolight.aeromidori.chiba.jpmidori.gunma.jp"
    "mihama.aichi.jpmihama.chiba.jpmihama.fukui.jpmihara.kochi.jpmiho.ibaraki.jpminami.kyoto.jp"
    "minato.osaka.jpminato.tokyo.jpmisaki.osaka.jpmisato.akita.jpmisconfused.orgmitaka.tokyo.jp"
    "mitane.akita.jpmito.ibaraki.jpmiyako.iwate.jpmiyazu.kyoto.jpmizuho.tokyo.jpmobara.chiba.jp"
    "moka.tochigi.jpmonzabrianza.itmuroto.kochi.jpmutsu.aomori.jpmy-firewall.orgmy.canvasite.cn"
    "mymailer.com.twmyspreadshop.atmyspreadshop.bemyspreadshop.camyspreadshop.chmyspreadshop.de"
    "myspreadshop.dkmyspreadshop.esmyspreadshop.fimyspreadshop.frmyspreadshop.iemyspreadshop.it"
    "myspreadshop.nlmyspreadshop.nomyspreadshop.plmyspreadshop.senagara.chiba.jpnagi.okayama.jp"
    "nago.okinawa.jpnaha.okinawa.jpnahari.kochi.jpnakano.tokyo.jpnantan.kyoto.jpnanto.toyama.jp"
    "narita.chiba.jpnasu.tochigi.jpnavigation.aeronerima.tokyo.jpnes.akershus.nones.buskerud.no"
    "nesoddtangen.nonikaho.akita.jpninohe.iwate.jpnishio.aichi.jpnogi.tochigi.jpnoticeable.news"
    "numata.gunma.jpobuse.nagano.jpogawa.nagano.jpoguchi.aichi.jpohda.shimane.jpohira.miyagi.jp"
    "oizumi.gunma.jpokaya.nagano.jpolbia-tempio.itonga.fukuoka.jponjuku.chiba.jponna.okinawa.jp"
    "opensocial.siteos.hordaland.noosaki.miyagi.jpotaki.nagano.jpotari.nagano.jpotsuki.kochi.jp"
    "owani.aomori.jpownprovider.comoyabe.toyama.jpozu.kumamoto.jppaas.beebyte.iopantheonsite.io"
    "perspecta.cloudpesarourbino.itphx.enscaled.uspike.replit.devpivohosting.complatformsh.site"
    "platter-app.devpreview.csb.appproduction.aeroqualifioapp.comrecreation.aeroreed.replit.dev"
    "reggioemilia.itrotorcraft.aerosado.niigata.jpsakae.nagano.jpsakawa.kochi.jpsakura.chiba.jp"
    "sakurai.nara.jpsandnessjoen.nosandvikcoromantsannan.hyogo.jpsano.tochigi.jpsells-for-u.com"
    "sennan.osaka.jpservebolt.cloudservehumour.comsettsu.osaka.jpshingu.hyogo.jpshinto.gunma.jp"
    "shiptoday.buildshiroi.chiba.jpshisui.chiba.jpshoo.okayama.jpshop.brendly.bashop.brendly.hr"
    "shop.brendly.rssite.transip.meskierniewice.plsoja.okayama.jpsoka.saitama.jpsor-varanger.no"
    "sowa.ibaraki.jpstalowa-wola.plstarachowice.plstatic.hf.spacestatichost.pagestorebase.store"
    "streak-link.comstreaklinks.comstuff-4-sale.usstufftoread.comsud-sardegna.itsukumo.kochi.jp"
    "sulu.replit.devsumida.tokyo.jpsumita.iwate.jpsumoto.hyogo.jpsusaki.kochi.jpsweetpepper.org"
    "tahara.aichi.jptaira.toyama.jptaishi.hyogo.jptaishi.osaka.jptaiwa.miyagi.jptajiri.osaka.jp"
    "takino.hyogo.jptakko.aomori.jptempio-olbia.ittenkawa.nara.jpthuathienhue.vntoda.saitama.jp"
    "togane.chiba.jptoho.fukuoka.jptone.ibaraki.jptoyone.aichi.jptoyono.osaka.jptoyota.aichi.jp"
    "tsukumi.oita.jpuchiko.ehime.jpuki.kumamoto.jpurbinopesaro.itureshino.mie.jpusui.fukuoka.jp"
    "utazu.kagawa.jpvalle-daosta.itvalled-aosta.itvallee-aoste.itvalleedaoste.itvestre-toten.no"
    "vibovalentia.itvirtual-user.devoorloper.cloudwakasa.fukui.jpwake.okayama.jpwashtenaw.mi.us"
    "wazuka.kyoto.jpwebadorsite.comwebpaas.ovh.netwebredirect.orgwithyoutube.comworf.replit.dev"
    "xenonconnect.dexn--7t0a264c.jpxn--andy-ira.noxn--asky-ira.noxn--blt-elab.noxn--bmlo-gra.no"
    "xn--brum-voa.noxn--dnna-gra.noxn--dyry-ira.noxn--flor-jra.noxn--frde-gra.noxn--frna-woa.no"
    "xn--frya-hra.noxn--gls-elac.noxn--hobl-ira.noxn--i1b6b1a6a2exn--kcrx77d1x4axn--klbu-woa.no"
    "xn--lgbbat1ad8jxn--lten-gra.noxn--lury-ira.noxn--mely-ira.noxn--mgbc0a9azcgxn--mori-qsa.nz"
    "xn--nqv7fs00emaxn--rady-ira.noxn--rdal-poa.noxn--rdy-0nab.noxn--risa-5na.noxn--risr-ira.no"
    "xn--rros-gra.noxn--rsta-fra.noxn--sgne-gra.noxn--skjk-soa.noxn--slat-5na.noxn--slt-elab.no"
    "xn--smla-hra.noxn--smna-gra.noxn--snes-poa.noxn--snsa-roa.noxn--srum-gra.noxn--tjme-hra.no"
    "xn--trna-woa.noxn--vads-jra.noxn--vard-jra.noxn--vgan-qoa.noxtooldevice.comyahaba.iwate.jp"
    "yamada.iwate.jpyamazoe.nara.jpyame.fukuoka.jpyasuda.kochi.jpyatomi.aichi.jpyawata.kyoto.jp"
    "yazu.tottori.jpyokawa.hyogo.jpyokote.akita.jpyono.saitama.jpyuki.ibaraki.jpzaporizhzhia.ua"
    "123homepage.it123kotisivu.fi123webseite.at123webseite.de3utilities.comabeno.osaka.jpaberdeen.wa.us"
    "abiko.chiba.jpaerobatic.aeroaerodrome.aeroaga.niigata.jpainan.ehime.jpaisai.aichi.jpaisho.shiga.jp"
    "aivencloud.comakamaiedge.netalessandria.italiases121.comaltervista.orgalwaysdata.netama.shimane.jp"
    "ambulance.aeroamericanfamilyami.ibaraki.jpamplifyapp.comanan.nagano.jpaoki.nagano.jpaostavalley.it"
    "app.render.comapps-1and1.comapps-1and1.netapps.fbsbx.comarchitectes.bjariake.saga.jparkhangelsk.su"
    "asahi.chiba.jpassessments.cxasuke.aichi.jpat.playit.plusaus.basketballayabe.kyoto.jpbahcavuotna.no"
    "basicserver.iobeagleboard.iobearalvahki.nobegetcdn.cloudbellevue.wa.usbetter-than.tvbo.nordland.no"
    "bo.telemark.noboleslawiec.plbronnoysund.nobuyshouses.netcalculators.cxcanva-apps.comcesenaforli.it"
    "chehalis.wa.uschita.aichi.jpchofu.tokyo.jpchtr.k12.ma.usciscofreak.comcity.nagoya.jpcity.sendai.jp"
    "clerkstage.appcloudflare.appcloudfront.netcollegefan.orgcompute.estatecooperativa.bodaito.osaka.jp"
    "damnserver.comdattolocal.comdattolocal.netdattorelay.comdavvenjarga.nodiscordsez.comdiscourse.team"
    "diskstation.mednsiskinky.comdnsupdate.infodyn-o-saur.comdyn.addr.toolsdyn.cosidns.dedyndns-web.com"
    "easypanel.hostelementor.coolemergency.aeroemergent.cloudequipment.aeroeu.platform.sheu1-plenit.com"
    "ex.ortsinfo.atfh-muenster.iofigma-gov.sitefilegear-sg.meflekkefjord.nofor-better.bizforlicesena.it"
    "framer.websitefredrikstad.nofreebox-os.comfuchu.tokyo.jpfudai.iwate.jpfukui.fukui.jpfussa.tokyo.jp"
    "game-server.ccgeekgalaxy.comgenkai.saga.jpgoogleapis.comgooglecode.comgraphic.designgroks-the.info"
    "gs.svalbard.nohanda.aichi.jphandcrafted.jphara.nagano.jphasama.oita.jphatenablog.comhatenadiary.jp"
    "heguri.nara.jpheimdns.onlinehimi.toyama.jphobby-site.comhobby-site.orgholmestrand.nohomebuilt.aero"
    "honai.ehime.jpiida.nagano.jpikawa.akita.jpikeda.fukui.jpikeda.osaka.jpina.ibaraki.jpina.saitama.jp"
    "inagi.tokyo.jpinbrowser.linkinsurance.aeroinzai.chiba.jpip-dynamic.orgiran.liara.runis-a-green.com"
    "is-a-llama.comis-a-nurse.comiservschule.deisumi.chiba.jpitami.hyogo.jpiwate.iwate.jpizumi.osaka.jp"
    "jotelulu.cloudkami.miyagi.jpkanan.osaka.jpkanie.aichi.jpkanna.gunma.jpkanra.gunma.jpkasai.hyogo.jp"
    "kawagoe.mie.jpkawai.iwate.jpkawaue.gifu.jpkeyword-on.netkim.replit.devkin.okinawa.jpkingston.wa.us"
    "kiryu.gunma.jpkiso.nagano.jpkiyama.saga.jpknx-server.netkochi.kochi.jpkomae.tokyo.jpkonan.aichi.jp"
    "konan.shiga.jpkongsvinger.nokosei.shiga.jpkuleuven.cloudkyowa.akita.jpla1-plenit.comland-4-sale.us"
    "leangaviika.nolikescandy.comlillehammer.nolinkyard.cloudlocaltonet.comloginline.sitelogistics.aero"
    "loseyourip.commail-box.ne.jpmalatvuopmi.nomap.fastly.netmeiwa.gunma.jpminiserver.comminoh.osaka.jp"
    "mitake.gifu.jpmitsue.nara.jpmiyake.nara.jpmodelling.aeromodelscape.commotosu.gifu.jpmycloudnas.com"
    "mydbserver.commyfirewall.orgmynascloud.commyqnapcloud.cnmysynology.netnedre-eiker.nonet-freaks.com"
    "ngrok-free.appngrok-free.devnishi.osaka.jpnord-aurdal.nonordre-land.nonorthflank.appobama.fukui.jp"
    "objects.lp.devodate.akita.jpodo.replit.devoe.yamagata.jpoharu.aichi.jpoi.kanagawa.jpokawa.kochi.jp"
    "oki.fukuoka.jpolbiatempio.itomachi.saga.jpomi.niigata.jpon-aptible.comonhercules.appopentunnel.xyz"
    "operaunite.comorangecloud.tnostre-toten.nootaki.chiba.jpoto.fukuoka.jpotoyo.kochi.jpp.tawkto.email"
    "pharmaciens.kmpoint2this.comprofesional.boquicksytes.comrahkkeravju.noread-books.orgreadmyblog.org"
    "readthedocs.ioredirectme.netresindevice.iorifu.miyagi.jpritto.shiga.jprs.webaccel.jpryuoh.shiga.jp"
    "s3.teckids.orgsabae.fukui.jpsaijo.ehime.jpsakae.chiba.jpsakai.fukui.jpsakai.osaka.jpsaku.nagano.jp"
    "sakyo.kyoto.jpsanda.hyogo.jpsaobernardo.brschokokeks.netschulserver.descientist.aeroseika.kyoto.jp"
    "seiyo.ehime.jpsenseering.netseprox.hooc.meservequake.comservice.gov.ukshinjo.nara.jpshiso.hyogo.jp"
    "shiwa.iwate.jpshopitsite.comshopselect.netshopware.storeshowa.gunma.jpsimple-url.comskydiving.aero"
    "sondre-land.nostor-elvdal.nosudsardegna.itsue.fukuoka.jpsuita.osaka.jpsvc.firenet.chswinoujscie.pl"
    "t3.storage.devtaito.tokyo.jptajimi.gifu.jptaketa.oita.jptamba.hyogo.jptempioolbia.ittoga.toyama.jp"
    "tokai.aichi.jptome.miyagi.jptomi.nagano.jptomika.gifu.jptranslate.googtselinograd.sutunnelmole.net"
    "tvedestrand.noueda.nagano.jpumaji.kochi.jpumi.fukuoka.jpuozu.toyama.jpup.railway.appus.platform.sh"
    "us1-plenit.comuser.party.eususercontent.jpval-d-aosta.itvalle-aosta.itvalledaosta.itvalleeaoste.it"
    "veterinaire.frveterinaire.kmvibehost.spacevipsinaapp.comvirtualuser.devivenushop.comvivenushop.dev"
    "vladikavkaz.ruvladikavkaz.suvossevangen.nowada.nagano.jpwafflecell.comwatarai.mie.jpweatherchannel"
    "webflowtest.iowebspace.rockswindsurf.buildwithgoogle.comwpdevcloud.comwpsquared.sitexn--1lqs03n.jp"
    "xn--1lqs71d.jpxn--2m4a15e.jpxn--32vp30h.jpxn--4it168d.jpxn--4it797k.jpxn--54b7fta0ccxn--5js045d.jp"
    "xn--5rtp49c.jpxn--5rtq34k.jpxn--6qq986b3xlxn--80aqecdr1axn--8ltr62k.jpxn--b4w605ferdxn--bod-2na.no"
    "xn--ehqz56n.jpxn--elqq16h.jpxn--f6qx53a.jpxn--fiq228c5hsxn--gmq050i.hkxn--h2breg3evexn--jlq480n2rg"
    "xn--k7yn95e.jpxn--klt787d.jpxn--lcvr32d.hkxn--lt-liac.noxn--mgba3a3ejtxn--mgbaam7a8hxn--mgbayh7gpa"
    "xn--mgbbh1a71exn--mgbca7dzdoxn--mgbi4ecexpxn--mgbx4cd0abxn--mkru45i.jpxn--mli-tla.noxn--mot-tla.no"
    "xn--nit225k.jpxn--ntsq17g.jpxn--od0aq3b.hkxn--pssu33l.jpxn--qqqt11m.jpxn--rde-ula.noxn--rst-0na.no"
    "xn--rvc1e0am3exn--tor131o.jpxn--uc0ay4a.hkxn--uist22h.jpxn--uuwu58a.jpxn--vg-yiab.noxn--vgu402c.jp"
    "xn--wcvs22d.hkxn--yer-zna.noxn--zbx025d.jpyaotsu.gifu.jpzakarpattia.uazaporizhzhe.ua123minsida.se"
    "123siteweb.fr123website.be123website.ch123website.lu123website.nl1337.picturesaccesscam.org"
    "aeroclub.aeroaioi.hyogo.jpaircraft.aeroakamaized.netaknoluokta.noaktyubinsk.sualces.network"
    "anjo.aichi.jpazerbaijan.suazure-api.netazureedge.netbabia-gora.plbalestrand.nobarsy.support"
    "basilicata.itbeppu.oita.jpbialowieza.plbieszczady.plbrumunddal.nobubbleapps.iocaffeine.site"
    "cahcesuolo.nocampobasso.itcanva-apps.cncanvacode.comcatering.aerocdn-edges.netcdn.bubble.io"
    "cdn77-ssl.netchernivtsi.uachernovtsy.uachuo.chiba.jpchuo.osaka.jpchuo.tokyo.jpcleverapps.cc"
    "cleverapps.iocloudera.siteco.technologycodeberg.pagecorespeed.appdavvesiida.nodemocracia.bo"
    "deuxfleurs.eudeveloper.appdevinapps.comdiscourse.diydns-cloud.netdnshome.clouddnsupdater.de"
    "dontexist.comdontexist.netdontexist.orgdyn-berlin.dedynathome.netdyndns-ip.comeasypanel.app"
    "edgesuite.neteducator.aeroemergent.hostencoreapi.comengineer.aeroexchange.aeroframer.photos"
    "freebox-os.frfreeboxos.comfreesite.hostfrenchkiss.jpfuso.aichi.jpfylkesbibl.nogame-host.org"
    "gamo.shiga.jpgangaviika.noginan.gifu.jpgirlfriend.jpgo.dyndns.orghagebostad.nohammerfest.no"
    "hasura-app.iohatenablog.jphazu.aichi.jphb.cldmail.ruherokuapp.comhizen.saga.jphjelmeland.no"
    "homelinux.comhomelinux.nethomelinux.orghoquiam.wa.usiamallama.comid.replit.appid.replit.dev"
    "ikeda.gifu.jpikoma.nara.jpiliadboxos.itimari.saga.jpinbrowser.devinternationalintouch.email"
    "ipfs.w3s.linkis-a-chef.comis-a-chef.netis-a-chef.orgis-a-geek.comis-a-geek.netis-a-geek.org"
    "is-a-good.devis-a-guru.comisteingeek.dejdevcloud.comjelastic.teamjoyo.kyoto.jpk8s.scw.cloud"
    "kami.kochi.jpkamo.kyoto.jpkarasjohka.nokasserver.comkautokeino.nokawai.nara.jpkawaiishop.jp"
    "keenetic.linkkeenetic.namekeymachine.dekeyport.wa.uskicks-ass.netkicks-ass.orgkira.aichi.jp"
    "kirovograd.uakita.kyoto.jpkita.osaka.jpkita.tokyo.jpkizu.kyoto.jpkobierzyce.plkoka.shiga.jp"
    "komono.mie.jpkonskowola.plkoobin.eventskoryo.nara.jpkota.aichi.jpkoto.shiga.jpkoto.tokyo.jp"
    "krodsherad.nokuji.iwate.jpkumano.mie.jpkuwana.mie.jpkvinnherad.nolaravel.cloudlebtimnetz.de"
    "leitungsen.delibp2p.directlifeinsurancelikes-pie.comlittlestar.jplocalcert.netloginline.app"
    "loginline.devlolitapunk.jpmadethis.sitemagazine.aeromalopolska.plmangyshlak.sumasfjorden.no"
    "mayfirst.infomediatech.devmein-iserv.demeinforum.netmigration.runmihama.mie.jpmiki.hyogo.jp"
    "mircloud.hostmiren.systemsmisugi.mie.jpmittwald.infomiyama.mie.jpmo-siemens.iomock.pstmn.io"
    "mokuren.ne.jpmoonscale.netmovimiento.bomuko.kyoto.jpmy-gateway.demy.canva.sitemyasustor.com"
    "mybox.companymydissent.netmymediapc.netmyshopify.commytabit.co.ilnabari.mie.jpnamdalseid.no"
    "namsskogan.nonh-serv.co.uknoda.chiba.jpnoda.iwate.jpnog.communitynose.osaka.jpnovecore.site"
    "nz.basketballogaki.gifu.jpolympia.wa.usomasvuotna.noon-the-web.tvoninferno.netonthewifi.com"
    "os.hedmark.nooshu.iwate.jpostrowwlkp.plotsu.shiga.jpouchi.saga.jpovre-eiker.nooyodo.nara.jp"
    "parliament.nzpharmacien.frplaycode.sitepolyspace.compoulsbo.wa.usprochowice.plproject.space"
    "pvt.k12.ma.uspyatigorsk.rur.appspot.comravendb.cloudravpage.co.ilrealestate.plredmond.wa.us"
    "research.aeroresearched.cxrestaurant.bjrice-labs.comrsc.cdn77.orgsaiki.oita.jpsakuratan.com"
    "sakuraweb.comsandefjord.nosango.nara.jpsantamaria.brsantoandre.brsayo.hyogo.jpseattle.wa.us"
    "sebastopol.uaservebeer.comserveblog.netservegame.comservegame.orgservehttp.comservepics.com"
    "server-on.netservername.usservices.aeroseto.aichi.jpsevastopol.uashelton.wa.usshiptoday.app"
    "shopware.shopsimplesite.grsimplesite.plsmall-web.orgsnillfjord.nosoftware.aerosor-aurdal.no"
    "sosa.chiba.jpspawnbase.appspjelkavik.nostackit.rocksstatics.cloudstreamlit.appsubsc-pay.com"
    "subsc-pay.netsuzuka.mie.jpswiebodzin.pltaifun-dns.detaka.hyogo.jptako.chiba.jptamaki.mie.jp"
    "tarnobrzeg.pltarui.gifu.jptecnologia.botenri.nara.jptest-iserv.dethainguyen.vntheworkpc.com"
    "tobe.ehime.jptoei.aichi.jptogo.aichi.jptono.iwate.jptoolforge.orgtoon.ehime.jptransporte.bo"
    "tuxfamily.orgtuyenquang.vntypedream.appueno.gunma.jpullensaker.noullensvang.nouser.srcf.net"
    "usuki.oita.jpval-daosta.itvald-aosta.itvalleaosta.itvaporcloud.iovindafjord.novps.myjino.ru"
    "webhosting.bewixstudio.comworse-than.tvwzmiuw.gov.plxen.prgmr.comxn--55qx5d.cnxn--55qx5d.hk"
    "xn--6btw5a.jpxn--6orx2r.jpxn--8pvr4u.jpxn--c3s14m.jpxn--cckwcxetdxn--djty4k.jpxn--eckvdtc9d"
    "xn--efvn9s.jpxn--fl-zia.noxn--fpcrj9c3dxn--fzc2c9e2cxn--gmqw5a.hkxn--h2brj9c8cxn--io0a7i.cn"
    "xn--io0a7i.hkxn--kbrq7o.jpxn--kltp7d.jpxn--kltx9a.jpxn--klty5x.jpxn--mk0axi.hkxn--mxtq1m.hk"
    "xn--od0alg.cnxn--od0alg.hkxn--rht27z.jpxn--rht61e.jpxn--rny31h.jpxn--tiq49xqyjxn--uc0atv.hk"
    "xn--uisz3g.jpxn--yfro4i67oxn--ygbi2ammxxn--zf0avx.hkyabu.hyogo.jpyasu.shiga.jpyoka.hyogo.jp"
    "zao.miyagi.jpzpisdn.gov.pl1cooldns.coma2hosted.comagrigento.itairline.aeroairport.aeroakamaihd.net"
    "ako.hyogo.jpalaheadju.noalstahaug.noams.scw.siteandasuolo.noando.nara.jpaparecida.brappchizi.com"
    "applinzi.comapps.lair.ioappwrite.runarvanedge.irarvo.networkasahi.mie.jpaustevoll.noaustrheim.no"
    "azure-api.usballangen.nobalsfjord.nobarsy.onlinebashkiria.rubashkiria.subatsfjord.nobearblog.dev"
    "benevento.itbialystok.plbinhduong.vnbinhphuoc.vnbinhthuan.vnbitbucket.iobjerkreim.noblogsite.org"
    "blogspot.comblogsyte.combounceme.netboyfriend.jpbremanger.nobroke-it.netbydgoszcz.plcaffeine.xyz"
    "catanzaro.itchambagri.frcharter.aerochatgpt.sitecherkassy.uachernigov.uachernihiv.uacity.kobe.jp"
    "cloud-ip.bizcloudns.asiacloudns.clubcloudns.infoco.educationco.financialcodespot.comconstruction"
    "consulado.stcouncil.aerocpserver.comctfcloud.netdatabase.rundattoweb.comddnsfree.comddnsgeek.com"
    "ddnsguru.comddnsking.comdefinima.netdiadem.clouddlugoleka.pldnsalias.comdnsalias.netdnsalias.org"
    "drangedal.nodrayddns.comdscloud.mobidyn.ddnss.dedynalias.comdynalias.netdynalias.orgdyndnssec.de"
    "dynuddns.comdynuddns.netedgestack.meeigersund.noembaixada.stexpress.aerofamilyds.comfamilyds.net"
    "familyds.orgfastvps.hostfastvps.sitefeste-ip.netflatanger.nofolkebibl.nofor-more.bizfor-our.info"
    "for-some.bizframer.mediafreeboxos.frfreeddns.orgfreemyip.comfreight.aerofrosinone.itftpaccess.cc"
    "gaivuotna.nogehirn.ne.jpgentapps.comgifu.gifu.jpgildeskal.nogit-repos.degodo.gifu.jpgose.nara.jp"
    "gratangen.nogrebedoc.devgujo.gifu.jpgyeongbuk.krgyeongnam.krhackclub.apphaugesund.noheliohost.us"
    "hepforge.orgheyflow.pageheyflow.sitehida.gifu.jphiji.oita.jphita.oita.jphomesklep.plhomeunix.com"
    "homeunix.nethomeunix.orghornindal.nohostedpi.comhoylandet.nohyllestad.nohypernode.ioide.kyoto.jp"
    "in-addr.arpain-berlin.dein-butter.deinabe.mie.jpindustria.boine.kyoto.jpino.kochi.jpis-a-cpa.com"
    "is-found.orgis-local.orgis-not-a.devis-saved.orgis-slick.comisa-geek.comisa-geek.netisa-geek.org"
    "jellybean.jpjoinville.brjorpeland.nojournal.aerojouwweb.sitekani.gifu.jpkaraganda.sukeenetic.pro"
    "khakassia.sukiengiang.vnkinghost.netkmpsp.gov.plkolobrzeg.plkongsberg.nokppsp.gov.plkraanghke.no"
    "krasnodar.sukrellian.netkuju.oita.jpkusu.oita.jpkvanangen.nokvinesdal.nokviteseid.nokwpsp.gov.pl"
    "l-o-g-i-n.dela-spezia.itlclstage.devleadpages.coleapcell.appleapcell.devleasing.aeroleikanger.no"
    "leirfjord.nolillesand.nolima-city.atlima-city.chlima-city.delindesnes.nologinline.iololipopmc.jp"
    "lombardia.itlorenskog.nolplfinancialmarnardal.nomatlab.cloudmediatech.bymedusajs.appmeiwa.mie.jp"
    "messerli.appmino.gifu.jpmjondalen.nomo-i-rana.nomongolian.jpmoonscale.iomtls.run.appmy-router.de"
    "myaddr.toolsmyddns.rocksmydobiss.commyeffect.netmyfast.spacemyfritz.linkmyiphost.commyradweb.net"
    "mytuleap.comnannestad.nonara.nara.jpneat-url.comnetgamers.jpninhthuan.vnnord-fron.nonord-odal.no"
    "nordreisa.noobu.aichi.jpoga.akita.jpohi.fukui.jpoita.oita.jpome.tokyo.jpon-fleek.appon-forge.com"
    "on-vapor.comono.fukui.jpono.hyogo.jponporter.runonrender.comora.gunma.jposchr.gov.plostroleka.pl"
    "ostrowiec.plota.gunma.jpota.tokyo.jpouda.nara.jpoverhalla.noozu.ehime.jpp.tawk.emailpabianice.pl"
    "paywhirl.compimienta.orgpixolino.compolkowice.plpomorskie.plponiatowa.plpordenone.itporsanger.no"
    "porsgrunn.nopreview.siteprzeworsk.plquangbinh.vnquangngai.vnquangninh.vnrackmaze.comrackmaze.net"
    "rakkestad.norandaberg.noreadymade.jpremotewd.comrenton.wa.usrepbody.aeroringerike.noringsaker.no"
    "riobranco.brsaga.saga.jpsakura.ne.jpsame-app.comsamnanger.nosarpsborg.noscholarshipsschoolbus.jp"
    "schuldock.descrapping.ccseki.gifu.jpsellfy.storesells-it.netsequim.wa.usservebbs.comservebbs.net"
    "servebbs.orgserveftp.comserveftp.netserveftp.orgserveirc.comservemp3.comservep2p.comsheezy.games"
    "shima.mie.jpshoparena.plsiteleaf.netsmushcdn.comsoc.srcf.netsongdalen.nosoni.nara.jpsosnowiec.pl"
    "soundcast.mespydeberg.nostackit.zonestathelle.nostavanger.nosteinkjer.nostgstage.devstorfjord.no"
    "student.aerosumomo.ne.jpsupabase.netsupersale.jpsupport.sitesvn-repos.desykkylven.notaiki.mie.jp"
    "taku.saga.jptara.saga.jptemp-dns.comtempurl.hostthruhere.nettiengiang.vntjeldsund.notlon.network"
    "tn.oxa.cloudtogliatti.sutoki.gifu.jptosu.saga.jptrading.aerotrainer.aerotrondheim.noturystyka.pl"
    "u2.xnbay.comudono.mie.jpui.nabu.casauji.kyoto.jpuk.oxa.cloudupsunapp.comvegarshei.noversicherung"
    "vestvagoy.novevelstad.novinnytsia.uavistablog.irvps.hrsn.netvps.mcdir.ruwalbrzych.plwaw.scw.site"
    "webthings.iowhitesnow.jpwindsurf.appwixstudio.iowloclawek.plwodzislaw.plwpmudev.hostxn--1ctwo.jp"
    "xn--3e0b707exn--45br5cylxn--4pvxs.jpxn--80adxhksxn--80asehdbxn--8y0a063axn--9tfky.idxn--ciqpn.hk"
    "xn--gckr3f0fxn--h-2fa.noxn--l-1fa.noxn--mgb2ddesxn--mgb9awbfxn--mgbab2bdxn--mgbgu82axn--mgbpl2fh"
    "xn--mgbt3dhdxn--mgbtf8flxn--mk1bu44cxn--ngbc5azdxn--ngbe9e0axn--ogbpf8flxn--qcka1pmcxn--rht3d.jp"
    "xn--s-1fa.noxn--tn0ag.hkxs4all.spaceyao.osaka.jpyolasite.comyoro.gifu.jpyufu.oita.jpzachpomor.pl"
    "zgorzelec.pl123miweb.esaarborte.noabkhazia.suacademia.boaccountantsadimo.co.ukaem.networkaem.reviews"
    "aeroport.fragents.aeroakrehamn.noap.ngrok.ioashgabad.suasso.eu.orgat.emf.campau.ngrok.ioaudnedal.no"
    "augustow.plauthor.aeroavellino.itawsapps.comazurefd.netbabyblue.jpbabymilk.jpbacgiang.vnbackdrop.jp"
    "badaddja.nobalashov.subarclaycardbarsy.co.ukbarsy.storeberlevag.nobinhdinh.vnbirkenes.noblackfriday"
    "blockbusterblogdns.comblogdns.netblogdns.orgbluebite.ioboavista.brbook.onlinebotdash.appbotdash.dev"
    "botdash.netbotdash.xyzbplaced.combplaced.netbrasilia.mebridgestonebrindisi.itbroker.aerobusiness.in"
    "cagliari.itcalvinkleincampania.itcampinas.brcandypop.jpcasacam.netcechire.comcf-ipfs.comcherkasy.ua"
    "chicappa.jpchillout.jpchimkent.suchungbuk.krchungnam.krcloud-ip.cccloudns.bizcloudns.orgcloudns.pro"
    "co.businesscodepen.appcodepen.devcontagem.brcontractorscoolblog.jpcpanel.sitecprapid.comcreditunion"
    "curitiba.brcutegirl.jpdaemon.asiadagestan.rudagestan.sudarklang.iodaynight.jpddns-ip.netddns.berlin"
    "definima.iodesign.aerodienbien.vndirectwp.eudnsdojo.comdnsdojo.netdnsdojo.orgdoes-it.netdongthap.vn"
    "doomdns.comdoomdns.orgdscloud.bizdsmynas.comdsmynas.netdsmynas.orgduckdns.orgdurumis.comdvrcam.info"
    "dyn-ip24.dedyndns.infodynserv.orgeaton.mi.usecologia.boeconomia.boedgekey.neteero.onlineegersund.no"
    "eidfjord.noeidsberg.noeidsvoll.noeliv-api.kreliv-cdn.kreliv-dns.kremprende.veena.gifu.jpengerdal.no"
    "engine.aeroengineeringenscaled.sgenterpriseseu.ngrok.ioevenassi.nofeedback.acfilegear.meflakstad.no"
    "flesberg.noflight.aeroflorence.itfor-the.bizforks.wa.usforumz.infoframer.wikifreeddns.usfrom-ak.com"
    "from-al.comfrom-ar.comfrom-az.netfrom-ca.comfrom-co.netfrom-ct.comfrom-dc.comfrom-de.comfrom-fl.com"
    "from-ga.comfrom-hi.comfrom-ia.comfrom-id.comfrom-il.comfrom-in.comfrom-ks.comfrom-ky.comfrom-la.net"
    "from-ma.comfrom-md.comfrom-me.orgfrom-mi.comfrom-mn.comfrom-mo.comfrom-ms.comfrom-mt.comfrom-nc.com"
    "from-nd.comfrom-ne.comfrom-nh.comfrom-nj.comfrom-nm.comfrom-nv.comfrom-ny.netfrom-oh.comfrom-ok.com"
    "from-or.comfrom-pa.comfrom-pr.comfrom-ri.comfrom-sc.comfrom-sd.comfrom-tn.comfrom-tx.comfrom-ut.com"
    "from-va.comfrom-vt.comfrom-wa.comfrom-wi.comfrom-wv.comfrom-wy.comfspages.orgfyresdal.nogadget.host"
    "gateway.devgetmyip.comgets-it.netgjerdrum.nogjerstad.noglug.org.ukgrimstad.nogriw.gov.plgrosseto.it"
    "gyeonggi.krhaiduong.vnhaiphong.vnhalfmoon.jphashbang.shhaugiang.vnheiyu.spacehemsedal.nohjartdal.no"
    "hokksund.noholtalen.nohomedns.orghomeftp.nethomeftp.orghonefoss.nohoplix.shophoyanger.nohstgr.cloud"
    "httpbin.orgimagine.diyin.ngrok.ioindigena.boingatlan.huinternet.ininvestmentsip-ddns.comipifony.net"
    "is-cool.devis-gone.comis-leet.comis-lost.orgivory.ne.jpjaworzno.pljessheim.nojevnaker.nojoinmc.link"
    "jp.ngrok.iokalmykia.rukalmykia.sukarasjok.nokatowice.plkeenetic.iokerryhotelskhanhhoa.vnkiho.mie.jp"
    "kikirara.jpkiloapps.aikiloapps.iokirkenes.nokiwa.mie.jpkonyvelo.hukopervik.nokustanai.rukustanai.su"
    "kvafjord.nokvalsund.nolamborghinilangevag.nolaspezia.itlavangen.nolevanger.nolimanowa.pllive-on.net"
    "localto.netlodingen.nolombardy.itlondrina.brlovable.applovable.runlovesick.jplubartow.pllugs.org.uk"
    "macerata.itmazowsze.plmedicina.bomerseine.numinisite.msmints.ne.jpmircloud.rumircloud.usmordovia.ru"
    "mordovia.sumoskenes.nomotorcyclesmurmansk.sumusician.iomyamaze.netmydatto.commydatto.netmyfast.host"
    "myfritz.netmykolaiv.uamyphotos.ccmytabit.comnarviika.nonaustdal.nonavuotna.nonerdpol.ovhnesodden.no"
    "netlify.appnfshost.comngrok.pizzanikolaev.uaninhbinh.vnnissedal.nonittedal.nono-ip.co.uknordkapp.no"
    "notaires.frnotaires.kmnoticias.bonotion.sitenotodden.nonotteroy.nonow-dns.netnow-dns.orgnowaruda.pl"
    "official.ecogi.saga.jpoirm.gov.ploji.nara.jpolayangroupomniwe.siteon.expo.appoppegard.nooristano.it"
    "orkanger.noorsites.comoygarden.noparallel.jpparasite.jppayload.devphotographypiacenza.itpiebox.site"
    "piedmont.itpiemonte.itpinb.gov.plpleskns.compodlasie.plpodzone.netpodzone.orgpoivron.orgpokrovsk.su"
    "politica.boporsangu.nopotager.orgprincipe.stproductionsprogressivepruszkow.plpsse.gov.plpussycat.jp"
    "quangnam.vnquangtri.vnr.cdn77.netraindrop.jpralingen.noravendb.runraw.icp0.ioraw.icp1.iorawa-maz.pl"
    "redumbrellarendalen.norennesoy.noreservd.comresolve.barrhcloud.comribeirao.brriopreto.brrzgw.gov.pl"
    "s.brave.apps.brave.devs3.k2.cloudsa.ngrok.iosafety.aerosalangen.nosalvador.brsandcats.iosaogonca.br"
    "sardinia.itsauherad.noscrysec.comsdscloud.plselfip.infoservice.oneshacknet.nusiiites.comsiracusa.it"
    "skanland.noskiptvet.noskjervoy.nosoctrang.vnsor-fron.nosor-odal.nosorocaba.brsorreisa.nosortland.no"
    "sprites.appsquare.sitesquare7.netsquares.netstackit.runstargard.plstjordal.nostripper.jpsunnyday.jp"
    "supabase.insurnadal.noswidnica.plsyncloud.itsynology.meszczecin.plszczytno.pltado.mie.jptaki.mie.jp"
    "tananger.notashkent.sutech.orangetelebit.apptelebit.xyzteleport.shternopil.uathaibinh.vnthanhhoa.vn"
    "tingvoll.notoba.mie.jptonkotsu.jptonsberg.notopaz.ne.jptrader.aerotransurl.betransurl.eutransurl.nl"
    "trentino.ittriton.zonetroandin.notrogstad.notysfjord.nougim.gov.plumig.gov.plunicloud.plupow.gov.pl"
    "uppo.gov.plurown.cloudus.ngrok.iousa.oita.jpuzhgorod.uauzhhorod.uav-info.infovanylven.novapor.cloud"
    "vennesla.noverbania.itvercelli.itvinhlong.vnvinhphuc.vnvladimir.ruvladimir.suwarszawa.plweb.erp.dev"
    "web.val.runwebhare.devwebhop.infowebsite.onewebsozai.jpwiih.gov.plwilliamhillwinb.gov.plwios.gov.pl"
    "witd.gov.plwixsite.comwmflabs.orgworkers.devwpmucdn.comwskr.gov.plwsse.gov.plwuoz.gov.plxn--11b4c3d"
    "xn--1ck2e1bxn--1qqw23axn--2scrj9cxn--3bst00mxn--3ds443gxn--3hcrj9cxn--42c2d9axn--45brj9cxn--55qw42g"
    "xn--6frz82gxn--80ao21axn--9krt00axn--cck2b3bxn--czr694bxn--d1acj3bxn--efvy88hxn--fct429kxn--fjq720a"
    "xn--flw351exn--g2xx48cxn--gecrj9cxn--gk3at1exn--hxt814exn--imr513nxn--jvr189mxn--kprw13dxn--kpry57d"
    "xn--mgbtx2bxn--mix082fxn--mix891fxn--nnx388axn--nyqy26axn--otu796dxn--pgbs0dhxn--q9jyb4cxn--rhqv96g"
    "xn--rovu88bxn--s9brj9cxn--ses554gxn--t60b56axn--vuq861bxn--w4rs40lxn--xhq521bxn--zfr164bzakopane.pl"
    "zhitomir.uazhytomyr.uaaa.crm.devab.crm.devabrdns.comabruzzo.itac.crm.devact.edu.auad.crm.dev"
    "advisor.wsadygeya.ruadygeya.suae.crm.devaf.crm.devafrica.comagdenes.noakadns.netakamai.netalesund.no"
    "angiang.vnapartmentsapi.gov.ukapi.lp.devappudo.netaremark.noarendal.noarmenia.suaskvoll.noassociates"
    "atmeta.comaurland.noavocat.proavocats.bjbaclieu.vnbacninh.vnbajddar.nobambina.jpbarsy.clubbarsy.info"
    "barsy.menubarsy.mobibarsy.shopbarsy.sitebarueri.brbase44.appbelluno.itbergamo.itbeskidy.plbielawa.pl"
    "bielsko.plbnpparibasboehringerbolivia.bobologna.itbolzano.itboomla.netbotdash.ggboutir.comboxfuse.io"
    "bplaced.debrescia.itbronnoy.nobryansk.subss.designbudejju.nobukhara.subuyshop.jpbygland.nocamdvr.org"
    "canva.linkcaobang.vncapitalonecargo.aerocaserta.itcatania.itcatfood.jpchowder.jpci.crm.devciencia.bo"
    "cieszyn.plcistron.nlclaude.appcloud.googcloud66.wscloudns.becloudns.cccloudns.chcloudns.cxcloudns.eu"
    "cloudns.nzcloudns.phcloudns.pwcloudns.usco.networkcocotte.jpcommune.amconvex.appcosenza.itcreditcard"
    "cremona.itcrotone.itcuisinellaczeladz.pldaejeon.krdaknong.vnddnssec.dedebian.netdedibox.frdeporte.bo"
    "dnsabr.comdnshome.atdnshome.dednshome.eudnshome.itdnsking.chdonetsk.uadongnai.vndopaas.comdrammen.no"
    "dscloud.medvrdns.orgdyndns.bizdyndns1.deeditorx.ioedu.eu.orgeidskog.noekloges.cyelverum.noempresa.bo"
    "enebakk.noerotica.huerotika.huetnedal.noeurodir.rueurovisionextraspacefakefur.jpfarsund.noferrara.it"
    "fetsund.nofigma.sitefirenze.itfloripa.brfolldal.noforsand.nofoundationframer.appfroland.nofunnels.cx"
    "fuoisku.nofuossko.nogadget.appgangwon.krgausdal.nogeorgia.sugitbook.iogithub.appgitpage.sigjemnes.no"
    "gjesdal.nogleeze.comgliwice.plgloppen.nogniezno.plgoiania.brgolffan.usgorizia.itgorlice.plgotdns.com"
    "gotdns.orggoupile.frgrajewo.plgranvin.nogreater.jpgrondar.zags.oslo.nogujarat.ingwangju.krhagiang.vn"
    "hamaroy.noharstad.nohasura.apphateblo.jphealthcareheimdns.dehelioho.stheteml.nethoabinh.vnhomeip.net"
    "hosted.apphra.healthhungyen.vnibestad.noid.repl.coimmobilienimperia.itin-dsl.netin-dsl.orgin-vpn.net"
    "in-vpn.orgincheon.krinderoy.noindustriesint.eu.orgisernia.itiserv.hostistmein.deivanovo.suiveland.no"
    "jc.neen.itjele.cloudjeonbuk.krjeonnam.krjolster.nojote.cloudkafjord.nokaracol.sukarelia.sukarlsoy.no"
    "karpacz.plkartuzy.plkaszuby.plketrzyn.plkharkiv.uakharkov.uakherson.uaklodzko.plkomforb.sekommune.no"
    "kragero.nokrasnik.plkvitsoy.nokwp.gov.plladesk.comlaichau.vnlamdong.vnlangson.vnlaquila.itlavagis.no"
    "lebesby.nolegnica.plleirvik.noleksvik.nolezajsk.plliguria.itlivorno.itloginto.melogoip.comloisirs.bj"
    "lolipop.iolovable.shlovepop.jplucania.itlugansk.ualuhansk.ualuyani.appluyani.netlyngdal.nomafelo.net"
    "malbork.plmalselv.nomanagementmantova.itmaringa.brmedecin.frmedecin.kmmedia.aeromemset.netmeraker.no"
    "messina.itmidsund.nomitsubishimlbfan.orgmmafan.bizmoareke.nomodalen.nomosjoen.nomragowo.plmup.gov.pl"
    "myaddr.devmybox.pagemygov.scotmypep.linkmywire.orgnalchik.runalchik.sunamaste.jpnamdinh.vnnatural.bo"
    "needle.runnesseby.nonet.eu.orgnextdirectnflfan.orgnhlfan.netnimsite.ukniteroi.brno-ip.infonobushi.jp"
    "norddal.nonsw.edu.auobninsk.suoia.gov.ploke.gov.plolsztyn.ploow.gov.plopal.ne.jpopoczno.plosteroy.no"
    "ostroda.ploum.gov.plpa.crm.devpalermo.itpb.crm.devpc.crm.devpd.crm.devpe.crm.devperugia.itpescara.it"
    "pf.crm.devpgafan.netpigboat.jppilot.aeropistoia.itpiw.gov.plplesk.pagepley.gamespodhale.plpointto.us"
    "poltava.uapomorze.plpotenza.itprotectionprudentialprvcy.pagepubtls.orgpup.gov.plputer.siteputer.work"
    "qbuser.comqld.edu.auqld.gov.auquizzes.cxravenna.itrennebu.norevista.boringebu.norocky.pageromskog.no"
    "royrvik.norzeszow.pls.brave.iosalerno.itsaltdal.nosandnes.nosaotome.stsassari.itschaefflerseidat.net"
    "selfip.bizselfip.comselfip.netselfip.orgseljord.nosicilia.itsiellak.nosieradz.plskedsmo.noskierva.no"
    "sko.gov.plskoczow.plslattum.nosogndal.nosokndal.nosondrio.itsorfold.nosquare7.chsquare7.destackit.gg"
    "stavern.nosteigen.nostordal.nostranda.nosunndal.nosuohkan.nosurveys.sosuwalki.plsvelvik.noswidnik.pl"
    "sys.qcx.iotaranto.ittas.edu.autas.gov.autatamotorstayninh.vntelebit.iotheshop.jptickets.iotjielte.no"
    "torsken.notoscana.ittourism.bjtourism.pltourism.tntrapani.ittravinh.vntreviso.ittrieste.ittroitsk.su"
    "tsu.mie.jptuscany.ittwmail.nettwmail.orguber.spaceuenorge.noufcfan.orgulstein.nounion.aerouniversity"
    "unjarga.noutwente.iouzs.gov.plvaapste.novaksdal.novarggat.novenezia.itvercel.appvercel.devvercel.run"
    "vestnes.novic.edu.auvic.gov.auvicenza.itvinnica.uaviterbo.itvlaanderenvologda.suvpndns.netvpnplus.to"
    "wa.crm.devwasmer.appwb.crm.devwc.crm.devwd.crm.devwe.crm.devwebflow.iowebhop.bizwebhop.netwebhop.org"
    "weblike.jpwf.crm.devwif.gov.plwiw.gov.plwkz.gov.plwolomin.plworks.aerowroclaw.plwsa.gov.plxn--30rr7y"
    "xn--3pxu8kxn--45q11cxn--4gbrimxn--5tzm5gxn--80aswgxn--9dbq2axn--9et52uxn--c2br7gxn--cg4bkixn--czrs0t"
    "xn--czru2dxn--fiq64bxn--fiqs8sxn--fiqz9sxn--kput3ixn--pssy2uxn--q7ce6axn--unup4yxn--wgbh1cxn--wgbl6a"
    "xn--y9a3aqzeabur.appzerops.app1kapp.com9guacu.brac.gov.brac.leg.braccentureaejrie.noafrica.bj"
    "aiven.appal.eu.orgal.gov.bral.leg.bralgard.noallfinanzalumni.inalvdal.noam.gov.bram.leg.bramsterdam"
    "ancona.itandebu.noap.gov.brap.gov.plap.leg.brapigee.ioaquarellearezzo.itaseral.noat.eu.orgat.ply.gg"
    "au.eu.orgaveroy.noavocat.fravoues.frb-data.ioba.gov.brba.leg.brbackan.vnbaidar.nobalsan.itbamble.no"
    "barcelonabarsy.devbarsy.netbarsy.orgbarsy.probarsy.pubbase.shopbe.eu.orgbeardu.nobedzin.plbeget.app"
    "beiarn.nobentre.vnbergen.nobg.eu.orgbiella.itbievat.nobindal.nobitter.jpbloombergbolt.hostbuild.run"
    "bulsan.itbyen.siteca.eu.orgcafjs.comcantho.vncanva.runcasino.hucaxias.brcd.eu.orgce.gov.brce.leg.br"
    "cfolks.plch.eu.orgchieti.itchristmasclerk.appcn.eu.orgco.biz.ngco.eventscog.mi.uscranky.jpcrew.aero"
    "crimea.uacuiaba.brcy.eu.orgcyon.linkcyon.sitecz.eu.orgd6.ply.ggdaklak.vndanang.vnddnss.orgde.eu.org"
    "deatnu.nodf.gov.brdf.leg.brdfirma.pldgca.aerodigick.jpdk.eu.orgdkonto.pldl.biz.ngdnsfor.mednsup.net"
    "dojin.comdpdns.orgdrobak.nodst.mi.usdweb.linkdyndns.tvdyndns.wsdynns.comdynv6.nete164.arpaedugit.io"
    "ee.eu.orgegoism.jpelblag.ples.eu.orges.gov.bres.leg.brevenes.nofairwindsfauske.nofbx-os.frfi.eu.org"
    "finnoy.nofirestonefitjar.nofjaler.nofldrv.comfloppy.jpfoggia.itfortal.brfosnes.nofr.eu.orgframer.ai"
    "freseniusfrosta.nofrusky.defuel.aerofurnituregamvik.nogaular.nogdansk.plgdynia.plgen.mi.usgenova.it"
    "gh.srv.usgialai.vngielda.nogiize.comgitapp.sigithub.iogitlab.iogjovik.nogl.srv.usglogow.plgloomy.jp"
    "go.biz.nggo.gov.brgo.leg.brgoldpointgotdns.chgov.nc.trgr.eu.orggrozny.rugrozny.suhabmer.nohadsel.no"
    "halden.nohalf.hosthapmir.nohareid.nohasvik.nohatinh.vnhealth.nzhealth.vnhemnes.nohicam.nethidns.vip"
    "hisamitsuhome.arpahome64.dehomedepothomegoodshomesensehopto.orghorten.nohr.eu.orghu.eu.orghungry.jp"
    "hurdal.nohvaler.noic.gov.plicurus.jpidrett.noie.eu.orgil.eu.orgin-brb.dein-dsl.dein-vpn.dein.eu.org"
    "indevs.ininstituteiopsys.seipv64.netiris.arpais.eu.orgis.gov.pliserv.devit.eu.orgjambyl.sujcloud.kz"
    "jele.clubjele.hostjele.sitejogasz.hujondal.nojp.eu.orgk12.ak.usk12.al.usk12.ar.usk12.as.usk12.az.us"
    "k12.ca.usk12.co.usk12.ct.usk12.dc.usk12.fl.usk12.ga.usk12.gu.usk12.ia.usk12.id.usk12.il.usk12.in.us"
    "k12.ks.usk12.ky.usk12.la.usk12.md.usk12.me.usk12.mi.usk12.mn.usk12.mo.usk12.ms.usk12.mt.usk12.nc.us"
    "k12.ne.usk12.nh.usk12.nj.usk12.nm.usk12.nv.usk12.ny.usk12.oh.usk12.ok.usk12.or.usk12.pa.usk12.pr.us"
    "k12.sc.usk12.tn.usk12.tx.usk12.ut.usk12.va.usk12.vi.usk12.vt.usk12.wa.usk12.wi.usk12.wy.uskalisz.pl"
    "kaluga.sukarmoy.nokhplay.nlkirara.stkomvux.sekontum.vnkozow.comkr.eu.orgkrakow.plkuokgroupkurgan.su"
    "lahppi.nolanbib.selandroverlaocai.vnlardal.nolarvik.nolatina.itlebork.plleczna.plleilao.brlenvik.no"
    "lerdal.nolg.biz.nglib.ak.uslib.al.uslib.ar.uslib.as.uslib.az.uslib.ca.uslib.co.uslib.ct.uslib.dc.us"
    "lib.fl.uslib.ga.uslib.gu.uslib.hi.uslib.ia.uslib.id.uslib.il.uslib.in.uslib.ks.uslib.ky.uslib.la.us"
    "lib.ma.uslib.md.uslib.me.uslib.mi.uslib.mn.uslib.mo.uslib.mt.uslib.nc.uslib.ne.uslib.nh.uslib.nj.us"
    "lib.nm.uslib.nv.uslib.ny.uslib.oh.uslib.ok.uslib.or.uslib.pa.uslib.pr.uslib.ri.uslib.sc.uslib.sd.us"
    "lib.tn.uslib.tx.uslib.ut.uslib.va.uslib.vi.uslib.vt.uslib.wa.uslib.wi.uslib.wy.uslierne.nolifestyle"
    "lima.zonelindas.noloabat.nologoip.delohmus.melongan.vnlowicz.pllpages.colt.eu.orgltd.co.imlu.eu.org"
    "lublin.pllunner.noluster.nolv.eu.orglyngen.noma.gov.brma.leg.brmacapa.brmaceio.brmalvik.nomanaus.br"
    "mandal.nomarche.itmarine.rumarker.nomarketingmarshallsmatera.itmatrix.jpmazury.plme.eu.orgmelbourne"
    "meldal.nomelhus.nomg.gov.brmg.leg.brmiasta.plmicrosoftmielec.plmielno.plmilano.itmimoza.jpmincom.tn"
    "miren.appmk.eu.orgmocha.appmodena.itmolise.itmorena.brms.gov.brms.leg.brmt.eu.orgmt.gov.brmt.leg.br"
    "muosat.nomus.mi.usmuseum.mvmuseum.nomuseum.ommusica.armusica.bomutual.armw.gov.plmy.eu.orgmyaddr.io"
    "myftp.bizmyftp.orgmypets.wsmypsx.netmyrdbx.iomyvnc.comnamsos.nonaples.itnapoli.itnarvik.nonesset.no"
    "netlib.reng.eu.orgnghean.vnngrok.appngrok.devngrok.pronikita.jpnl.eu.orgno-ip.bizno-ip.netno-ip.org"
    "no.eu.orgnohost.menombre.bonovara.itnt.edu.auntdll.topnyanta.jpnz.eu.orgodessa.uaoksnes.noolecko.pl"
    "olkusz.plon-k3s.ioon-rio.ioon-web.fron.biz.ngonline.geonline.thooguy.comoppdal.noorkdal.noorland.no"
    "orskog.noosasco.brosoyro.noownip.netowo.codespa.gov.brpa.gov.plpa.leg.brpadova.itpages.devpages.gay"
    "palmas.brpanasonicpanel.devpatria.bopaynow.cxpb.gov.brpb.leg.brpdns.pagepe.gov.brpe.leg.brpecori.jp"
    "peewee.jppepper.jppgfog.comphutho.vnphuyen.vnpi.gov.brpi.leg.brpinoko.jppl.eu.orgplc.co.impolice.uk"
    "ponpes.idpowiat.plpoznan.plpr.gov.brpr.gov.plpr.leg.brpresse.kmpresse.mlpt.eu.orgpueblo.bopuglia.it"
    "pulawy.plputer.appragusa.itraholt.norecht.prorecife.brreklam.hurichardlirimini.itrindal.norj.gov.br"
    "rj.leg.brrn.gov.brrn.leg.brro.eu.orgro.gov.brro.leg.brrollag.norovigo.itroyken.norr.gov.brrr.leg.br"
    "rs.gov.brrs.leg.brru.eu.orgruovat.norybnik.plsa.edu.ausa.gov.ausadist.jpsakura.tvsaloon.jpsandoy.no"
    "savona.itsc.gov.brsc.leg.brschool.geschool.inschool.nzschool.zase.eu.orgse.gov.brse.leg.brsea.wa.us"
    "secret.jpsenasa.arshangrilashow.aerosi.eu.orgsicily.itsigdal.nosiljan.nosirdal.nosk.eu.orgskanit.no"
    "skodje.noslupsk.plsnaase.nosnoasa.noso.gov.plsocial.brsolund.nosp.gov.brsp.leg.brspdns.orgspryt.net"
    "sr.gov.plsrht.sitesrvdns.destange.nostatebankstatefarmsth.ac.atstockholmstokke.nostolos.iosuldal.no"
    "sytes.netszkola.pltaxi.aerotec.mi.usteramo.ittermez.suto.gov.brto.leg.brtorino.ittozsde.hutr.eu.org"
    "tranby.notranoy.notravel.intravel.pltrento.ittromsa.notromso.notrysil.notwmail.cctynset.notysnes.no"
    "tysvar.noug.gov.pluk.eu.orgumbria.itupsun.appus.eu.orgus.gov.plutazas.huutsira.novacationsvagsoy.no"
    "varese.itvelvet.jpveneto.itvenice.itverdal.noverona.itverran.noversus.jpvestby.novivian.jpvoagat.no"
    "w.crm.devwa.edu.auwa.gov.auwarmia.plwatson.jpwebhop.mewegrow.plwielun.plwnext.appxn--90aisxn--d1alf"
    "xn--e1a4cxn--fhbeixn--j1amhxn--l1accxn--ngbrxxn--qxa6axn--tckwexn--vhquvyenbai.vnyodobashizap.cloud"
    "zapto.orgzgierz.plzombie.jpzp.gov.pl0emm.com180r.com4lima.at4lima.ch4lima.deabudhabiacct.proadult.ht"
    "aem.liveaem.pageagrar.huagric.zaagron.ecairforcealand.fiallstateanani.brangry.jpas.sh.cnasker.no"
    "askim.noaskoy.noasnes.noassur.bjattorneyaukra.noawdev.cabalat.nobarclaysbardu.nobarefootbargains"
    "barsy.bgbarsy.cabarsy.eubarsy.grbarsy.iobarsy.robarsy.rsbarsy.ukbarum.nobaseballbelem.brbihar.in"
    "bjugn.noblush.jpbomlo.nobotda.shboutiquebozen.itbradescobrand.sebroadwaybrusselsbryne.nobusan.kr"
    "bykle.nobytom.plc.ts.netcaa.aerocamau.vncapetowncapoo.jpcarrd.cocc.ak.uscc.al.uscc.ar.uscc.as.us"
    "cc.az.uscc.ca.uscc.co.uscc.ct.uscc.dc.uscc.de.uscc.fl.uscc.ga.uscc.gu.uscc.hi.uscc.ia.uscc.id.us"
    "cc.il.uscc.in.uscc.ks.uscc.ky.uscc.la.uscc.ma.uscc.md.uscc.me.uscc.mi.uscc.mn.uscc.mo.uscc.ms.us"
    "cc.mt.uscc.nc.uscc.ne.uscc.nh.uscc.nj.uscc.nm.uscc.nv.uscc.ny.uscc.oh.uscc.ok.uscc.or.uscc.pa.us"
    "cc.pr.uscc.ri.uscc.sc.uscc.sd.uscc.tn.uscc.tx.uscc.ut.uscc.va.uscc.vi.uscc.vt.uscc.wa.uscc.wi.us"
    "cc.wv.uscc.wy.uscheap.jpchips.jpciprianiclan.ripcleaningcliniqueclothingcnpy.gdnco.placecode.run"
    "commbankcomputercopro.ukcraft.mecuneo.itczest.pldaegu.krddns.wtfdedyn.iodelhi.indeliverydeloitte"
    "demon.nldeno.devdiamondsdisco.ecdiscountdiscoverdix.asiadonna.nodovre.nodownloaddynu.netdyroy.no"
    "econo.bjericssonewp.liveexnet.sufbxos.frfedje.nofeira.brfermo.itfidelityfirmdalefjell.noflier.jp"
    "flora.nofloro.nofootballforde.noforms.acforum.hufrana.nofrogn.nofrontierfroya.nogalsa.nogames.hu"
    "genoa.itggff.netgirly.jpgiske.nogmina.plgonna.jpgoodyeargraingergrane.nographicsgreta.frgrong.no"
    "gs.aa.nogs.ah.nogs.bu.nogs.fm.nogs.hl.nogs.hm.nogs.mr.nogs.nl.nogs.nt.nogs.of.nogs.ol.nogs.rl.no"
    "gs.sf.nogs.st.nogs.tm.nogs.tr.nogs.va.nogs.vf.nogulen.nohacca.jphalsa.nohamar.nohanam.vnhanoi.vn"
    "haram.nohdfcbankheavy.jphelsinkihemne.nohere.nowhidns.cohippy.jphitra.nohlx.livehlx.pagehobol.no"
    "holdingshopto.mehospitalhotel.huhotel.lkhotel.tzhrsn.devhurum.noibxos.itilawa.plinfinitiiobb.net"
    "ip6.arpaipirangaipv64.deis-a.devis-by.usistanbulitigo.jpjampa.brjgora.pljozi.bizjpmorgankapsi.fi"
    "kepno.plklabu.noklepp.nokonin.plkuron.jpkutno.pllakas.hulazio.itlecce.itlecco.itlenug.sulesja.no"
    "lightinglomza.plloppa.noloten.nolubin.pllucca.itlukow.pllundbeckluroy.nolutsk.uamaori.nzmarriott"
    "masoy.nomcdir.memckinseymcpre.rumedia.humedia.plmeloy.nomemorialmerckmsdmilan.itmodum.nomodx.dev"
    "molde.nomoney.bjmonza.itmortgagemybox.memydns.bzmydns.jpmydns.twmydns.vcmytis.runaklo.plnaroy.no"
    "natal.brnavoi.sunesna.nono-ip.canoop.appnuoro.itnyat.appobserverodesa.uaodont.ecolawa.plopik.net"
    "opole.plorg.scotorsta.noother.nfpadua.itparma.itparti.sepavia.itpenne.jppenza.superma.jpperso.ht"
    "perso.tnpharmacyplock.plplumbingpplx.appprato.itpress.cypress.mapress.sepropertypunyu.jppymnt.uk"
    "radio.amradio.brradio.fmradom.plradoy.noraisa.norauma.norealm.czreliancerepl.runres.aeroresto.bj"
    "rieti.itrisor.norissa.norivne.uarodoy.nororos.norovno.uaroxa.orgrulez.jprygge.nosaarlandsalat.no"
    "salud.bosampa.brsamsclubsanok.plsauda.nosav.casesejny.plselbu.noselje.noseoul.krshoppingsiena.it"
    "skaun.noskien.noskjak.noslask.plsmola.nosnasa.nosochi.susoftbanksogne.nosol.sitesomna.nosonla.vn"
    "sopot.plsorum.nospdns.despdns.eusport.egsport.husryze.ccstaba.jpstcgroupstord.nostore.bbstore.cv"
    "store.dkstore.nfstore.rostore.ststore.vestryn.nosuppliessveio.notargi.plterni.ittests.cxtgory.pl"
    "thick.jptjome.notksat.botolga.notorun.pltrainingtrana.notst.sitetunk.orgturek.plturin.ittychy.pl"
    "tydal.noudine.ituh-oh.jpulsan.krulvik.nounder.jpuni5.netupper.jpuri.arpaurn.arpaustka.plv0.build"
    "vadso.novagan.novalle.novanguardvardo.novaroy.novefsn.noventuresverisignverse.jpvicp.funvideo.hu"
    "vikna.novolda.novolyn.uawadl.topwlocl.plwoodsidewp2.hostxmit.devxn--90aexn--nodexn--p1aixn--qxam"
    "yalta.uayicp.funzabc.netzagan.plzarow.plzgora.plzicp.fun12hp.at12hp.ch12hp.de16-b.it2000.hu2038.io"
    "32-b.it64-b.itaaa.proabogadoaca.proaero.inaero.mvagakhanagri.joagro.bjagro.boagro.plalta.noamli.no"
    "amot.noandroidarna.noarqt.ecarte.boarts.nfarts.roarts.veassn.lkasso.ciasso.dzasso.frasso.gpasso.ht"
    "asso.kmasso.mcasso.mlasso.ncasso.reasti.itathletaauctionaudibleaure.noauspostauto.plbanamexbank.in"
    "bar.probari.itbase.ecbauhausbeep.plbestbuyblog.boblog.brbodo.nobokn.nobolt.hubona.jpbookingbrother"
    "caravancareersccwu.cccharitychef.ecchintaiciao.jpcitadelcity.huclub.twclubmedco.scotco.sitecologne"
    "como.itcompareconf.auconf.lvconn.ukcont.eccontactcookingcoop.arcoop.brcoop.htcoop.incoop.kmcoop.mv"
    "coop.mwcoop.pycoop.rwcorsicacountrycouponscoursescpa.procrap.jpcricketcruisesd.gv.vcddns.mede.cool"
    "de5.netdeca.jpdeci.jpdent.ecdesa.iddomainsdyn.nowe2b.appebiz.twedu.krdeng.proetne.noexe.xyzexposed"
    "farmersferrariferrerofhsk.sefilm.hufinancefirm.dkfirm.htfirm.infirm.nffirm.ngfirm.rofirm.vefishing"
    "fitnessflightsflog.brflop.jpfloristflowersfly.devfool.jpforsalefrogansfrom.hrfrom.tvfujitsufusa.no"
    "gallerygame.twgeek.nzgentinggodaddygouv.cigouv.frgouv.htgouv.kmgouv.mlgouv.sngovt.nzgran.nogrocery"
    "grok.megrue.noguam.guguitarshamburghangouthiho.jphole.noholidayholy.jphosp.ukhotmailhyundaii234.me"
    "icp.netinfo.azinfo.bbinfo.bdinfo.bjinfo.boinfo.cxinfo.ecinfo.eginfo.etinfo.fjinfo.guinfo.htinfo.hu"
    "info.keinfo.kiinfo.lainfo.lsinfo.mlinfo.mvinfo.nfinfo.niinfo.nrinfo.plinfo.prinfo.roinfo.sdinfo.tn"
    "info.trinfo.ttinfo.tzinfo.veinfo.vninfo.zminst.mlintl.tnisla.prismailiivgu.nojeez.jpjeju.krjele.io"
    "jewelryjpn.comjpn.orgjuniperjur.prokaas.ggkdns.frkhsj.cnkiev.uakill.jpkilo.jpkin.onekin.pubkitchen"
    "kiwi.nzkrym.uakvam.nokyiv.ualacaixalanxesslapy.pllasallelatrobelaw.prolcl.devleclercleka.nolier.no"
    "limitedlincolnlodi.itlodz.pllomo.jplviv.uamail.plmain.jpmarketsme.scotmed.promex.commine.numkm.fan"
    "mktg.ecmobi.gpmobi.kemobi.ngmobi.tzmods.jpmond.jpmonstermoss.noms.showmuni.ilmyds.memypi.cona4u.ru"
    "name.azname.egname.etname.fjname.hrname.mkname.mvname.myname.ngname.pmname.prname.qaname.tjname.tr"
    "name.ttname.vnnetbanknetflixnett.toneustarnews.hunoho.stnoip.menoip.usnome.cvnome.ptnoor.jpnysa.pl"
    "o0o0.jpodda.noomg.lolonid.caoops.jporiginsorx.bizosen.nootap.cooyer.nophilipspila.plpioneerpisa.it"
    "pisz.plpolitiepost.inpriv.atpriv.hupriv.mepriv.nopriv.plprof.ecprof.prprvw.eupsic.ecpsiq.ecpubl.cv"
    "publ.ptpupu.jpqa2.comqoto.iorade.norealtorrecipesrentalsrexrothriik.eeroan.noroma.itrome.itrost.no"
    "rrpp.ecsamsungsblo.jpschmidtschwarzscienceshikshashop.htshop.hushop.roshop.thsinglessola.nostaples"
    "stat.nostg.devsula.nosuli.husumy.uasurgeryszex.hutana.notank.jptaxi.brtche.brtcp4.metech.ectemasek"
    "test.tjtheatertheatretime.notinn.notoshibatula.sutuva.suumso.coundo.jpuniv.bjuniv.snuser.fmvaga.no"
    "vega.novlog.brvoss.nowal.appwalmartwanggouwatchesweb.appweddingwhoswhowiki.bowiki.brwinnerswix.run"
    "wroc.plx443.pwxmit.coyamaxunyou2.plzone.idzuerich0am.jp0g0.jp0j0.jp0t0.jp2-d.jp2ix.at2ix.ch2ix.de"
    "4u.com611.toabbottabbvieabc.brabg.ecabo.paabr.itact.auadm.bradm.ecadv.bradv.mzae.orgagencyagr.br"
    "aid.plaip.eeairbusairtelaju.bralipayalsacealstomalt.naalt.zaanquanapi.brapp.braramcoarq.brart.br"
    "art.doart.dzart.ecart.htart.mlart.plart.snasn.auasn.lvass.kmath.cxatm.plato.brbar.ecbas.itbayern"
    "bbs.trbeautybel.trbet.arbet.brbhartibhz.brbib.brbib.vebio.brbir.rubiz.azbiz.bbbiz.cybiz.dkbiz.et"
    "biz.fjbiz.ghbiz.idbiz.inbiz.kibiz.lsbiz.mvbiz.mwbiz.mybiz.nibiz.nrbiz.pkbiz.plbiz.prbiz.ssbiz.tj"
    "biz.trbiz.ttbiz.uabiz.vnbiz.wfbiz.zmbmd.brbnr.laboo.jpbostikbostonbox.caboy.jpbsb.brbut.jpc01.kr"
    "c66.mecal.itcam.itcan.recbg.rucci.frchanelchromechu.jpchurchcim.brcircleclaimscliniccn.comcng.br"
    "cnt.brco.comco.krdcoffeecol.ngcom.accom.afcom.agcom.aicom.alcom.amcom.arcom.awcom.azcom.bacom.bb"
    "com.bdcom.bhcom.bicom.bjcom.bmcom.bncom.bocom.bscom.btcom.bycom.bzcom.cicom.cmcom.cocom.cucom.cv"
    "com.cwcom.decom.dmcom.docom.dzcom.eccom.eecom.egcom.escom.etcom.fjcom.fmcom.frcom.gecom.ghcom.gi"
    "com.glcom.gncom.gpcom.grcom.gtcom.gucom.gycom.hkcom.hncom.hrcom.htcom.imcom.incom.iocom.iqcom.jo"
    "com.kgcom.khcom.kicom.kmcom.kpcom.kwcom.kycom.kzcom.lacom.lbcom.lccom.lkcom.lrcom.lvcom.lycom.mg"
    "com.mkcom.mlcom.mocom.mscom.mtcom.mucom.mvcom.mwcom.mxcom.mycom.nacom.nfcom.ngcom.nicom.nrcom.om"
    "com.pacom.pecom.pfcom.phcom.pkcom.plcom.prcom.pscom.ptcom.pycom.qacom.recom.rocom.rucom.sacom.sb"
    "com.sccom.sdcom.secom.sgcom.shcom.slcom.sncom.socom.sscom.stcom.svcom.sycom.tjcom.tmcom.tocom.tr"
    "com.ttcom.uacom.ugcom.uycom.uzcom.vccom.vecom.vicom.vncom.vucom.wscom.yecom.zmcomseccondoscoz.br"
    "cpa.eccrd.cocri.brcri.nzcsx.cccue.eccyb.gedaa.jpdatingdatsundealerdef.brdegreedentaldep.nodes.br"
    "det.brdev.brdev.cvdgn.ecdni.usdoc.ecdrr.acdupontdurbane12.veecn.breco.bjeco.bredu.acedu.afedu.al"
    "edu.aoedu.aredu.azedu.baedu.bbedu.bdedu.bhedu.biedu.bjedu.bmedu.bnedu.boedu.bredu.bsedu.btedu.bz"
    "edu.ciedu.cnedu.coedu.cuedu.cvedu.cwedu.dmedu.doedu.dzedu.ecedu.eeedu.egedu.esedu.etedu.fjedu.fm"
    "edu.gdedu.geedu.ghedu.giedu.gledu.gnedu.gpedu.gredu.gtedu.guedu.gyedu.hkedu.hnedu.htedu.inedu.io"
    "edu.iqedu.itedu.joedu.kgedu.khedu.kiedu.kmedu.knedu.kpedu.kwedu.kyedu.kzedu.laedu.lbedu.lcedu.lk"
    "edu.lredu.lsedu.lvedu.lyedu.meedu.mgedu.mkedu.mledu.mnedu.moedu.msedu.mtedu.mvedu.mwedu.mxedu.my"
    "edu.mzedu.ngedu.niedu.nredu.omedu.paedu.peedu.pfedu.phedu.pkedu.pledu.pnedu.predu.psedu.ptedu.py"
    "edu.qaedu.rsedu.ruedu.saedu.sbedu.scedu.sdedu.sgedu.sledu.snedu.soedu.ssedu.stedu.svedu.syedu.tj"
    "edu.tmedu.toedu.tredu.ttedu.twedu.uaedu.ugedu.uyedu.vcedu.veedu.vgedu.vnedu.vuedu.wsedu.yeedu.za"
    "edu.zmeek.jpelk.plemb.kwemerckemp.bremr.itenergyenf.breng.breng.eceng.joens.tnesm.ecesp.brest.pr"
    "etc.breti.breu.comeu.inteun.egfam.pkfar.brfem.jpfet.nofhs.nofhv.sefie.eefin.ecfin.infin.tnfla.no"
    "flickrfnd.brfot.brfot.ecfoz.brfst.brfutbolfvg.itg12.brgal.ecgallupgb.netgda.plgen.ingen.nggen.nz"
    "gen.trgeo.brgeorgeggf.brgivinggkp.pkgob.argob.bogob.clgob.cugob.dogob.ecgob.esgob.gtgob.hngob.mx"
    "gob.nigob.pagob.pegob.pkgob.svgob.vegog.pkgok.pkgol.nogop.pkgos.pkgov.acgov.aegov.afgov.algov.ao"
    "gov.argov.asgov.azgov.bagov.bbgov.bdgov.bfgov.bhgov.bmgov.bngov.bsgov.btgov.bwgov.bygov.bzgov.cd"
    "gov.clgov.cmgov.cngov.cogov.cxgov.cygov.czgov.dmgov.dogov.dzgov.ecgov.eegov.eggov.etgov.fjgov.gd"
    "gov.gegov.ghgov.gigov.gngov.grgov.gugov.gygov.hkgov.iegov.ilgov.ingov.iogov.iqgov.irgov.itgov.jo"
    "gov.kggov.khgov.kigov.kmgov.kngov.kpgov.kwgov.kzgov.lagov.lbgov.lcgov.lkgov.lrgov.lsgov.ltgov.lv"
    "gov.lygov.magov.megov.mggov.mkgov.mlgov.mngov.mogov.mrgov.msgov.mugov.mvgov.mwgov.mygov.mzgov.na"
    "gov.nggov.nlgov.nrgov.omgov.phgov.pkgov.pngov.prgov.psgov.ptgov.pwgov.pygov.qagov.rsgov.rugov.rw"
    "gov.sagov.sbgov.sdgov.sggov.shgov.slgov.sogov.ssgov.sxgov.sygov.tjgov.tlgov.tmgov.tngov.togov.tr"
    "gov.ttgov.twgov.uggov.vcgov.vegov.vngov.wsgov.yegov.zagov.zmgov.zwgr.comgratisgrp.lkgru.brgsj.bz"
    "gsm.plgub.uygye.echer.jphermeshiphophk.comhk.orghof.nohol.nohu.nethughesibr.ecid.pubidf.ilidv.hk"
    "idv.twiki.fiimamatimb.brinc.hkind.brind.gtind.inind.kwind.tninf.brinf.cuinf.mkinf.uaing.painsure"
    "int.arint.azint.boint.ciint.cvint.inint.laint.lkint.mvint.mwint.niint.ptint.ruint.tjint.veint.vn"
    "intuitisa.usits.mejab.brjaguarjdf.brjoburgjor.brjp.netjs.orgjuegosjus.brk12.eck12.trkaufenkep.tr"
    "kindlekop.idkosherlat.eclatinolaw.zalaz.itlefraklel.brlib.eelig.itlivingllc.gelockerloj.eclom.it"
    "lom.nolondonltd.cyltd.giltd.hkltd.lkltd.ngltd.ualtd.ukluxurymadridmakeupmar.itmat.brmattelmed.br"
    "med.ecmed.eemed.htmed.lymed.ommed.pamed.plmed.samed.sdmil.acmil.aemil.almil.armil.azmil.bamil.bd"
    "mil.bomil.brmil.bymil.clmil.cnmil.comil.cymil.domil.ecmil.egmil.fjmil.ghmil.gtmil.hnmil.idmil.in"
    "mil.iomil.iqmil.jomil.kgmil.kmmil.krmil.kzmil.lvmil.mgmil.mvmil.mymil.mzmil.ngmil.nimil.nomil.nz";

inline constexpr char psl_chunk_2[] =
    "mil.pemil.phmil.plmil.pymil.qamil.rumil.rwmil.shmil.stmil.symil.tjmil.tmmil.tomil.trmil.ttmil.tw"
    "mil.tzmil.ugmil.uymil.vcmil.vemil.yemil.zamil.zmmil.zwmmv.krmod.gimol.itmon.ecmonashmoo.jpmormon"
    "moscowms.funmsk.rumsk.sumus.brnat.cunat.tnnet.acnet.aenet.afnet.agnet.ainet.alnet.amnet.arnet.au"
    "net.aznet.banet.bbnet.bdnet.bhnet.bjnet.bmnet.bnnet.bonet.brnet.bsnet.btnet.bwnet.bznet.cinet.cm"
    "net.cnnet.cunet.cvnet.cwnet.cynet.dmnet.donet.dznet.ecnet.egnet.etnet.fjnet.fmnet.genet.ggnet.gh"
    "net.glnet.gnnet.gpnet.grnet.gtnet.gunet.gynet.hknet.hnnet.htnet.idnet.ilnet.imnet.ionet.iqnet.ir"
    "net.jenet.jonet.kgnet.khnet.kinet.knnet.kwnet.kynet.kznet.lanet.lbnet.lcnet.lknet.lrnet.lsnet.lv"
    "net.lynet.manet.menet.mknet.mlnet.monet.msnet.mtnet.munet.mvnet.mwnet.mxnet.mynet.mznet.nanet.nf"
    "net.ngnet.ninet.nrnet.nznet.omnet.panet.penet.phnet.pknet.plnet.pnnet.prnet.psnet.ptnet.pynet.qa"
    "net.runet.rwnet.sanet.sbnet.scnet.sdnet.sgnet.shnet.slnet.sonet.ssnet.stnet.synet.thnet.tjnet.tm"
    "net.tnnet.tonet.trnet.ttnet.twnet.uanet.uknet.uynet.uznet.vcnet.venet.vinet.vnnet.vunet.wsnet.ye"
    "net.zanet.zmngo.lkngo.ngngo.phngo.usngo.zanhs.uknic.innic.tjnic.zanis.zanissannissaynom.agnom.br"
    "nom.conom.esnom.frnom.ionom.kmnom.mgnom.ncnom.ninom.panom.penom.plnom.ronom.tmnom.venom.zanorton"
    "not.brnov.runov.sunow.shnowruznsn.usnsw.auntr.brntr.ecnxa.eunyc.mnobj.agodo.broff.aiong.brorg.ac"
    "org.aeorg.aforg.agorg.aiorg.alorg.amorg.aoorg.arorg.auorg.azorg.baorg.bborg.bdorg.bhorg.biorg.bj"
    "org.bmorg.bnorg.boorg.brorg.bsorg.btorg.bworg.bzorg.ciorg.cnorg.coorg.cuorg.cvorg.cworg.cyorg.dm"
    "org.doorg.dzorg.ecorg.eeorg.egorg.esorg.etorg.fjorg.fmorg.georg.ggorg.ghorg.giorg.glorg.gnorg.gp"
    "org.grorg.gtorg.guorg.gyorg.hkorg.hnorg.htorg.huorg.ilorg.imorg.inorg.ioorg.iqorg.irorg.jeorg.jo"
    "org.kgorg.khorg.kiorg.kmorg.knorg.kporg.kworg.kyorg.kzorg.laorg.lborg.lcorg.lkorg.lrorg.lsorg.lv"
    "org.lyorg.maorg.meorg.mgorg.mkorg.mlorg.mnorg.moorg.msorg.mtorg.muorg.mvorg.mworg.mxorg.myorg.mz"
    "org.naorg.ngorg.niorg.nrorg.nzorg.omorg.paorg.peorg.pforg.phorg.pkorg.plorg.pnorg.prorg.psorg.pt"
    "org.pyorg.qaorg.roorg.rsorg.ruorg.rworg.saorg.sborg.sdorg.seorg.sgorg.shorg.skorg.slorg.snorg.so"
    "org.ssorg.storg.svorg.syorg.szorg.tjorg.tmorg.tnorg.toorg.trorg.ttorg.tworg.uaorg.ugorg.uyorg.uz"
    "org.vcorg.veorg.viorg.vnorg.vuorg.wsorg.yeorg.ytorg.zaorg.zmorg.zwote.bjown.pmper.joper.laper.nf"
    "pfizerpgw.jpphd.jophysiopictetplc.lyplc.ngplc.ukplo.pspmn.itpoa.brpol.dzpol.htpol.trppg.brprd.fr"
    "prd.kmprd.mgpri.eepro.azpro.brpro.cypro.ecpro.fjpro.htpro.inpro.mvpro.ompro.prpro.ttpro.vnpsc.br"
    "psi.brpub.ecpub.sapug.itpvh.brpvt.gepya.jpqld.auqsl.brquebecqzz.ior2.devracingrar.veras.rurdy.jp"
    "realtyrec.brrec.nfrec.rorec.vered.svreg.dkreisenrel.htrel.plrep.brrep.kprepairreportres.inrgr.jp"
    "rio.brrio.ecrogersru.netrub.deryukyusa.comsal.ecsanofisar.itsch.acsch.aesch.bdsch.idsch.irsch.jo"
    "sch.lksch.lysch.ngsch.qasch.sasch.sssch.tfsch.uksch.wfsch.zmsci.egsec.psseg.arseg.brsex.husex.pl"
    "shoujisic.itsjc.brski.noskr.jpsld.dosld.paslg.brslz.brsoc.dzsoc.lksoccersos.plspb.ruspb.susrv.br"
    "sub.jpsupplysuzukiswatchsydneytaa.ittaipeitaobaotargettas.autattootec.brtec.vetel.trtennisteo.br"
    "the.brtiendatjmaxxtkmaxxtmp.brtnx.getos.ittra.kptrd.brtsk.trtul.ectur.artur.brtur.ecudi.bruio.ec"
    "uk.comuk.netumb.itunicomurl.twus.comus.orguwu.aivao.itvda.itven.itvet.brvet.ecvgs.noviajesvic.au"
    "vikingvillasvirginvix.brvki.krvotingvoyagevp4.mewalterwaw.plweb.boweb.doweb.guweb.idweb.inweb.lk"
    "web.nfweb.niweb.pkweb.tjweb.trweb.veweb.zawebcamwjg.jpwww.ckwww.rox0.comxihuanxii.jpxxx.ecxyz.br"
    "yachtsynh.frza.comza.netza.orgzapposzlg.br0e.vc5g.in6g.inab.caac.aeac.bdac.beac.bwac.ciac.cnac.cy"
    "ac.egac.fjac.gnac.idac.ilac.imac.inac.irac.jpac.keac.krac.lkac.lsac.maac.meac.mlac.muac.mwac.mzac.ni"
    "ac.nzac.paac.pkac.prac.rsac.ruac.rwac.seac.szac.thac.tzac.ugac.ukac.vnac.zaac.zmac.zwad.jpae.kgaetna"
    "ag.itah.cnai.bdai.idai.inai.joai.kram.bramfamamicaap.itaq.itat.itaudioautosav.itav.trba.itbaidubc.ca"
    "bd.sebeatsbg.itbi.itbiblebingobj.cnbl.itbn.itboatsboschbs.itbt.itbz.itca.incanoncardscc.cdcc.uachase"
    "ci.itciticck.uacl.itcn.incn.itcn.stcn.uaco.aeco.agco.amco.aoco.atco.azco.bbco.bdco.bnco.bwco.bzco.ca"
    "co.cico.clco.cmco.crco.czco.deco.dkco.dmco.ggco.glco.gyco.huco.idco.inco.ioco.irco.jeco.jpco.keco.lc"
    "co.lsco.maco.meco.mgco.muco.mwco.mzco.naco.nico.nlco.noco.nzco.omco.pnco.roco.rsco.rwco.ssco.stco.sz"
    "co.thco.tjco.tmco.ttco.tzco.uaco.ugco.uzco.veco.vico.zaco.zmco.zwcoachcq.cncr.itcr.uacrowncs.incs.it"
    "ct.itcv.uacx.uacymrucz.itdancedealsdeltadn.uadp.uadr.indr.trdubaidy.fie4.czearthec.cced.aoed.cied.cr"
    "edekaepsones.kreu.ccf5.sifaithfc.itfe.itfedexfg.itfh.sefi.crfi.itfinalfj.cnfm.brfm.itfm.joforexfr.it"
    "gallogc.cagd.cngiftsgivesglassglobogmailgo.cigo.crgo.idgo.kego.krgo.thgo.tjgo.tzgo.uggr.itgripegs.cn"
    "gu.ccgucciguidegv.aogv.atgv.uygx.cngz.cnha.cnha.nohb.cnhe.cnhi.cnhk.cnhl.cnhn.cnhondahorsehs.krhyatt"
    "ia.veid.auid.bdid.cvid.fjid.irid.lvid.lyid.vnif.uaikanoim.itin.niin.rsin.thin.uaio.inio.krio.vnir.md"
    "irishis.itit.aoit.bdit.kriz.hrjetztjl.cnjs.cnju.mpjx.cnkg.krkh.uakm.uakoelnkr.itkr.uaks.uakv.ualamer"
    "lc.itle.itlegallexuslg.jplg.ualillyln.cnlo.itloanslocuslottolt.itlt.ualu.itlv.uamangomb.camc.itme.in"
    "me.keme.krme.some.ssme.tzme.ukmi.itmi.thmiamimk.uamo.cnmoviems.itms.krmt.itmy.atmy.bemy.demy.idnb.ca"
    "nd.usne.kene.krne.tzne.ugnexusnf.canikonninjanl.canm.cnnokianowtvns.cant.aunt.ronu.canu.itnx.cnnx.gw"
    "of.byof.jeog.aoog.itomegaon.caonionor.ator.bior.cior.cror.idor.itor.keor.kror.muor.thor.tzor.ugot.it"
    "ox.rsoy.lcoz.aupa.itpartspb.aopc.itpc.plpd.itpe.cape.itpe.krpg.inpg.itphonepi.itpl.uapn.itpo.itpoker"
    "pp.azpp.rupp.sepp.uapr.itpr.mlpraxipromopt.itpu.itpv.itpz.itqc.caqh.cnrc.itre.itre.krrehabrg.itricoh"
    "rm.itrn.itrodeors.barugbyrv.uasa.ausa.crsalonsb.uasc.cnsc.kesc.krsc.lssc.tzsc.ugsd.cnsenersevensharp"
    "shellshoessk.caskypeslingsm.uasmilesn.cnsolarsp.itsr.itss.itstadasu.itsuckssv.itswisssx.cntatarte.ua"
    "tirestj.cntm.cytm.dztm.frtm.hutm.kmtm.mctm.rotm.setm.zatmalltn.ittoraytotaltourstp.ittr.ittrustts.it"
    "tt.imtunestushutv.bbtv.bdtv.botv.brtv.egtv.imtv.intv.ittv.jotv.sdtv.trtv.tztw.cnubankuk.ccuk.inup.in"
    "us.ccus.cius.inus.kgus.uguz.uavc.itve.itvegasvi.itvn.uavodkavolvovr.itvs.itvt.itvv.itwa.auwaleswe.bs"
    "weberweiboworldx0.toxeroxxj.cnxx.kgxz.cnyahooyk.cayn.cnza.bzzj.cnzp.uazt.ua0.bg1.bg2.bg3.bg4.at4.bg"
    "5.bg6.bg7.bg8.bg9.bga.bgaarpakdnallyasdab.bgbbvabikebofabondbuzzc.bgcafecallcashcbrecerncyoud.bgdclk"
    "dietdishdvage.bgf.bgf.sefagefailfansflirfundg.bggbizggeegmbhgugeh.bghairhelphsbci.bgi.phicbcieeeimdb"
    "j.bgjavajeepjobsk.bgkddikpmgkredl.bgl.selgbtlidllimoluxem.bgmaifmeetmemen.bgnavynikeo.bgo.seollop.bg"
    "parspccwpinkpohlpornq.bgqponr.bgreitroomrsvps.bgsarlsaxoseeksexysilksncfsohusonyt.bgt.setevatiaatips"
    "toysu.bgu.sev.bgvisavivavivovotevotow.bgw.seweirwinex.bgxboxz.bgz.sezaraaflaolbcgbcnbmsbmwbzhcbnceo"
    "cfdddsdhldnpfoxfrlftrfyigaphktibmjcbjlljmpjnjkfhkpnnrwooosbssrltdktjxtrvwmewowwtczip";

inline constexpr const char* psl_chunks[] = {psl_chunk_0, psl_chunk_1, psl_chunk_2};

inline constexpr std::size_t psl_plain_count = 9957;
inline constexpr std::size_t psl_wildcard_count = 283;
inline constexpr std::size_t psl_exception_count = 8;
inline constexpr std::size_t psl_below_count = 1211;

// Plain rules, e.g. "co.uk".
inline constexpr std::uint32_t psl_plain[] = {
    0x0217f004u, 0x01d82d06u, 0x01d83306u, 0x01d83906u, 0x01d83f06u, 0x0098a915u, 0x0217f404u, 0x01121010u,
    0x01122010u, 0x0144b40eu, 0x0144c20eu, 0x0159b40du, 0x017e550bu, 0x012ab00fu, 0x0159c10du, 0x0144d00eu,
    0x0144de0eu, 0x0159ce0du, 0x0159db0du, 0x0159e80du, 0x0159f50du, 0x01cd1a07u, 0x01cd2107u, 0x01cd2807u,
    0x015a020du, 0x01cd2f07u, 0x01beca08u, 0x016ba10cu, 0x01a7f109u, 0x01d84506u, 0x0076ec15u, 0x0217f804u,
    0x01cd3607u, 0x01cd3d07u, 0x01d84b06u, 0x01d85106u, 0x01d85706u, 0x0098be15u, 0x0217fc04u, 0x01cd4407u,
    0x0144ec0eu, 0x02180004u, 0x0098d315u, 0x02180404u, 0x01bed208u, 0x01beda08u, 0x01bee208u, 0x01d85d06u,
    0x0098e815u, 0x02180804u, 0x020daf05u, 0x0098fd15u, 0x02180c04u, 0x01d86306u, 0x01cd4b07u, 0x020db405u,
    0x00991215u, 0x02181004u, 0x02181404u, 0x02181804u, 0x01a7fa09u, 0x02181c04u, 0x00e2c411u, 0x0159bd04u,
    0x01123010u, 0x016bad0cu, 0x01c4a505u, 0x008a8f03u, 0x01cd5207u, 0x017e600bu, 0x02182004u, 0x020db905u,
    0x00a60814u, 0x01d86903u, 0x01d86906u, 0x01d86f06u, 0x01ccf303u, 0x01d87506u, 0x0144fa0eu, 0x0145080eu,
    0x01d87b06u, 0x0145160eu, 0x00b79c11u, 0x017e6b0bu, 0x00658004u, 0x01d88106u, 0x01cd5907u, 0x01d88706u,
    0x0195450au, 0x01954f0au, 0x01124010u, 0x01beea08u, 0x00003d02u, 0x020dbe05u, 0x01bc2305u, 0x020dc305u,
    0x020dc805u, 0x020dcd05u, 0x020dd205u, 0x020dd705u, 0x01955905u, 0x020ddc05u, 0x020de105u, 0x020de605u,
    0x020deb05u, 0x01a80309u, 0x020df005u, 0x020df505u, 0x020dfa05u, 0x020dff05u, 0x020e0405u, 0x020e0905u,
    0x020e0e05u, 0x020e1305u, 0x01a80c09u, 0x020e1805u, 0x020e1d05u, 0x020e2205u, 0x020e2705u, 0x020e2c05u,
    0x020e3105u, 0x020e3605u, 0x020e3b05u, 0x020e4005u, 0x020e4505u, 0x020e4a05u, 0x020e4f05u, 0x020e5405u,
    0x020e5905u, 0x020e5e05u, 0x020e6305u, 0x020e6805u, 0x020e6d05u, 0x020e7205u, 0x020e7705u, 0x020e7c05u,
    0x020e8105u, 0x020e8605u, 0x020e8b05u, 0x020e9005u, 0x020e9505u, 0x01cd6007u, 0x017e760bu, 0x011f8907u,
    0x01a81509u, 0x015a0f0du, 0x0075a21bu, 0x0084a118u, 0x00a9f60au, 0x017e810bu, 0x01bef208u, 0x0095af0eu,
    0x015b5803u, 0x01d88d06u, 0x0195630au, 0x012abf0fu, 0x01325405u, 0x00822502u, 0x020e9a05u, 0x012ace0fu,
    0x017e8c0bu, 0x01d89306u, 0x01d89906u, 0x009a5111u, 0x00e2d511u, 0x00ca2812u, 0x00ca3a12u, 0x00c16c03u,
    0x01befa05u, 0x01befa08u, 0x01d89f06u, 0x01d8a506u, 0x0195810au, 0x01958b0au, 0x0075b902u, 0x020e9f05u,
    0x01d8ab06u, 0x01c2f303u, 0x01a81e09u, 0x01bf0208u, 0x017e970bu, 0x01bf0a08u, 0x017ea20bu, 0x0075b904u,
    0x01cd6707u, 0x01cd6e07u, 0x0145240eu, 0x015a1c0du, 0x0145320eu, 0x017ead0bu, 0x020ea405u, 0x0007cb02u,
    0x0067131fu, 0x00903d16u, 0x01694f09u, 0x0219e003u, 0x0195a906u, 0x01a82709u, 0x0195a90au, 0x002ac902u,
    0x020ea905u, 0x0145400eu, 0x01cd7507u, 0x01125010u, 0x0195b30au, 0x00ca4c12u, 0x01d8b106u, 0x017eb80bu,
    0x01d8b706u, 0x01bf1208u, 0x01cd7c07u, 0x01bf1a08u, 0x016bb90cu, 0x01cd8307u, 0x01cd8a07u, 0x01cd9107u,
    0x01bf2208u, 0x00c9cc10u, 0x020eae05u, 0x01c4ad05u, 0x00077f02u, 0x020eb305u, 0x020eb805u, 0x020ebd05u,
    0x020ec205u, 0x020ec705u, 0x01782005u, 0x00b77413u, 0x00bae908u, 0x01d8bd06u, 0x00b84c03u, 0x00ca5e12u,
    0x01454e0eu, 0x015a290du, 0x01d8c306u, 0x00992715u, 0x0084b918u, 0x01d8c906u, 0x015a360du, 0x01bf2a08u,
    0x016bc50cu, 0x016bd10cu, 0x01d8cf06u, 0x012add0fu, 0x01455c0eu, 0x01456a0eu, 0x01a83009u, 0x00905316u,
    0x00b78713u, 0x008b9117u, 0x007c2c1au, 0x01d8d506u, 0x01afc305u, 0x00b79a13u, 0x0195bd0au, 0x01126010u,
    0x00e2e611u, 0x00ca7012u, 0x0195c70au, 0x00906916u, 0x0145860eu, 0x00a61c14u, 0x016bdd0cu, 0x0085c118u,
    0x01127010u, 0x00993c15u, 0x015a430du, 0x012aec0fu, 0x02182404u, 0x013e9f0cu, 0x01128010u, 0x00e2f711u,
    0x00d3bc0eu, 0x00922f08u, 0x00b7ad13u, 0x015a500du, 0x016be90cu, 0x017ec30bu, 0x015a5d0du, 0x00ca8212u,
    0x00005002u, 0x01a83909u, 0x01a84209u, 0x01daa405u, 0x01a84b09u, 0x00879c05u, 0x01afcc05u, 0x016bf50cu,
    0x01bf3208u, 0x0145940eu, 0x0195d10au, 0x01a85409u, 0x0145a20eu, 0x00ca9407u, 0x00ca9412u, 0x01d8db06u,
    0x01a85d09u, 0x01bf3a08u, 0x02182804u, 0x012afb0fu, 0x00995115u, 0x01d8e106u, 0x016c010cu, 0x01d8e706u,
    0x01d8ed06u, 0x01d8f306u, 0x01cd9807u, 0x0145b00eu, 0x00964a0du, 0x00a3c50cu, 0x01a86609u, 0x01a86f09u,
    0x0145be0eu, 0x00002202u, 0x020ecc05u, 0x01a87809u, 0x0182e705u, 0x01a88109u, 0x010a720cu, 0x0145cc0eu,
    0x00caa612u, 0x008d1c13u, 0x00cab812u, 0x00002206u, 0x0145da0eu, 0x012b0a0fu, 0x0145e80eu, 0x01ce5f04u,
    0x020ed105u, 0x0145f60eu, 0x020ed605u, 0x01cd9f07u, 0x01cda607u, 0x0146040eu, 0x016c0d0cu, 0x01a88a09u,
    0x01a94b05u, 0x00131609u, 0x0013162eu, 0x0013442eu, 0x00230e2au, 0x0013722eu, 0x0013a02eu, 0x001b6c2cu,
    0x0026d429u, 0x0026fd29u, 0x00272629u, 0x00274f29u, 0x00b7c013u, 0x0146120eu, 0x00e30811u, 0x01bf4208u,
    0x01a89309u, 0x016c190cu, 0x01a89c09u, 0x016c250cu, 0x01bab808u, 0x0085d918u, 0x0085f118u, 0x00907f16u,
    0x00909516u, 0x01cdad07u, 0x0195db0au, 0x01bf4a08u, 0x015a770du, 0x012b190fu, 0x012b280fu, 0x012b370fu,
    0x01d8f906u, 0x01129010u, 0x0088d203u, 0x008b5502u, 0x020c9105u, 0x012b460fu, 0x00caca12u, 0x0146200eu,
    0x0219e303u, 0x0112a010u, 0x00aefb09u, 0x012b550fu, 0x01269808u, 0x01462e0eu, 0x010e2e08u, 0x006c671eu,
    0x004df023u, 0x004e1323u, 0x004e3623u, 0x0067511fu, 0x004e5923u, 0x004e7c23u, 0x004e9f23u, 0x004ec223u,
    0x004ee523u, 0x01a8a509u, 0x01a8ae09u, 0x020edb05u, 0x01a8b709u, 0x017ece0bu, 0x016c310cu, 0x0195e50au,
    0x01d8ff06u, 0x0195ef0au, 0x0195f90au, 0x01a8c009u, 0x00000c03u, 0x012b640fu, 0x01d90506u, 0x00860918u,
    0x00738e1cu, 0x01463c0eu, 0x016c3d0cu, 0x00e31911u, 0x006cda05u, 0x016c490cu, 0x01464a0eu, 0x0146580eu,
    0x0146660eu, 0x016c550cu, 0x00cadc12u, 0x008ba817u, 0x01653d0bu, 0x0196030au, 0x012b730fu, 0x0112b010u,
    0x01574402u, 0x020ee005u, 0x01a8c909u, 0x005dd002u, 0x01e92605u, 0x01afd505u, 0x010e5904u, 0x0112c010u,
    0x00caee12u, 0x0112d010u, 0x01d90b06u, 0x0112e010u, 0x00e32a11u, 0x00bcc105u, 0x0146740eu, 0x01751108u,
    0x01960d0au, 0x0196170au, 0x01a8d209u, 0x0146820eu, 0x00e33b11u, 0x00996615u, 0x00d7ad0du, 0x0146900eu,
    0x0196210au, 0x01282504u, 0x01cdb407u, 0x01599b04u, 0x01d91106u, 0x01cdbb07u, 0x00872003u, 0x01d91706u,
    0x01d91d06u, 0x01d92306u, 0x01d92906u, 0x01d92f06u, 0x01d93506u, 0x01d93b06u, 0x01d94106u, 0x00aa5804u,
    0x01cdc207u, 0x01cdc907u, 0x01cdd007u, 0x01cdd707u, 0x016c6d0cu, 0x016c790cu, 0x00006002u, 0x01bf5208u,
    0x01afde05u, 0x010ab40eu, 0x01469e0eu, 0x0112f010u, 0x016c850cu, 0x012b820fu, 0x012b910fu, 0x00e34c11u,
    0x00997b15u, 0x01130010u, 0x00a63014u, 0x00b7d313u, 0x0090ab16u, 0x01131010u, 0x012ba00fu, 0x02182c04u,
    0x01a8db09u, 0x017ed90bu, 0x00999015u, 0x00b7e613u, 0x00e35d11u, 0x012baf0fu, 0x00cb0012u, 0x0073ae04u,
    0x01bf5a08u, 0x01bf6208u, 0x01bf6a08u, 0x01962b0au, 0x01d94706u, 0x01d94d06u, 0x01bf7208u, 0x012bbe0fu,
    0x01d95306u, 0x00cb1212u, 0x0146ac0eu, 0x01cdde07u, 0x01cde507u, 0x01cdec07u, 0x017ee40bu, 0x01cdf307u,
    0x01cdfa07u, 0x01ce0107u, 0x01ce0807u, 0x01ce0f07u, 0x01ce1607u, 0x01ce1d07u, 0x01ce2407u, 0x0196350au,
    0x007d8810u, 0x01bf7a08u, 0x01ce2b07u, 0x0146ba0eu, 0x0009c102u, 0x01132010u, 0x017eef0bu, 0x01a8e409u,
    0x020ee505u, 0x00e36e11u, 0x01d95906u, 0x01ce3207u, 0x0080eb19u, 0x01d95f06u, 0x01963f0au, 0x01d96506u,
    0x00cb2412u, 0x00cb3612u, 0x01bf8208u, 0x00011c02u, 0x01a8f609u, 0x017efa0bu, 0x01ce3907u, 0x01ce4004u,
    0x01ce4007u, 0x020eea05u, 0x017f050bu, 0x017f100bu, 0x01bf8a08u, 0x01ce4707u, 0x0196490au, 0x00e37f11u,
    0x0146d60eu, 0x01ce4e07u, 0x016c910cu, 0x016c9d0cu, 0x003fe525u, 0x00400a25u, 0x00277829u, 0x0027a129u,
    0x00402f25u, 0x00405425u, 0x005b5321u, 0x00611320u, 0x00407925u, 0x00409e25u, 0x0040c325u, 0x005b7421u,
    0x005b9521u, 0x0040e825u, 0x00410d25u, 0x00413225u, 0x00415725u, 0x00417c25u, 0x0041a125u, 0x004f0823u,
    0x00613320u, 0x00011c37u, 0x004f2b23u, 0x004f4e23u, 0x005bb621u, 0x005bd721u, 0x005bf821u, 0x00615320u,
    0x00617320u, 0x00619320u, 0x004f7123u, 0x004f9423u, 0x005c1921u, 0x004fb723u, 0x0061b320u, 0x0061d320u,
    0x0061f320u, 0x00621320u, 0x00623320u, 0x00a64414u, 0x01134010u, 0x017f1b06u, 0x017f1b0bu, 0x01600104u,
    0x01ce5507u, 0x020eef05u, 0x020ef405u, 0x020ef905u, 0x017f260bu, 0x01a8ff09u, 0x01a90809u, 0x0196530au,
    0x01965d0au, 0x01a91109u, 0x00006c02u, 0x00adca0eu, 0x00006c03u, 0x017f310bu, 0x00862118u, 0x00cdc302u,
    0x00cdc303u, 0x012bcd0fu, 0x0146e40eu, 0x00e39011u, 0x00e3a111u, 0x00002402u, 0x01afe705u, 0x015a840du,
    0x012bdc0fu, 0x00e3b211u, 0x0070c805u, 0x015a910du, 0x016ca90cu, 0x01136010u, 0x015a9e0du, 0x017f3c0bu,
    0x0070c813u, 0x00e3d411u, 0x01137010u, 0x01a91a09u, 0x02183004u, 0x01d9a904u, 0x019e0104u, 0x01138010u,
    0x00000b02u, 0x01a92309u, 0x020efe05u, 0x01a92c09u, 0x015aab0du, 0x017f4704u, 0x017f470bu, 0x017f520bu,
    0x017f5d0bu, 0x01a93509u, 0x017f680bu, 0x0196670au, 0x0196710au, 0x017f730bu, 0x0146f20eu, 0x012beb0fu,
    0x01a93e09u, 0x020f0305u, 0x00a65814u, 0x01967b0au, 0x017f7e0bu, 0x01bf9a08u, 0x00cb5a12u, 0x015ab80du,
    0x016cb50cu, 0x012bfa0fu, 0x00cb6c12u, 0x00b7f913u, 0x01a94709u, 0x016cc10cu, 0x0196850au, 0x01a95009u,
    0x01ce5c07u, 0x00b80c04u, 0x00b80c13u, 0x01139010u, 0x01bc1204u, 0x01ce6307u, 0x0073eb03u, 0x01d96b06u,
    0x01ce6a07u, 0x01a95909u, 0x017f890bu, 0x01bfa208u, 0x01bfaa08u, 0x01bfb208u, 0x01bfba08u, 0x01ce7107u,
    0x0113a010u, 0x00863918u, 0x0090c116u, 0x00865118u, 0x00811d19u, 0x01bfc208u, 0x01bfca08u, 0x01968f0au,
    0x017f940bu, 0x01a96208u, 0x01a96209u, 0x01bfd208u, 0x01bfda08u, 0x01969908u, 0x0196990au, 0x01bfe208u,
    0x0196a308u, 0x0196a30au, 0x0196ad0au, 0x01a96b09u, 0x016ccd0cu, 0x01a97409u, 0x01a97d09u, 0x01a98609u,
    0x01bfea08u, 0x01bff208u, 0x0196b70au, 0x0196c10au, 0x017f9f0bu, 0x015ac50du, 0x01bffa08u, 0x012c090fu,
    0x00e3e511u, 0x012c180fu, 0x0113b010u, 0x0113c010u, 0x0196cb0au, 0x01c00208u, 0x01d97106u, 0x01ce7807u,
    0x01a98f09u, 0x00cb7e12u, 0x0196d50au, 0x01c00a08u, 0x016cd90cu, 0x016ce50cu, 0x0147000eu, 0x015ad20du,
    0x0146da0au, 0x012c270fu, 0x016cf10cu, 0x01ce7f07u, 0x01d97706u, 0x00982002u, 0x01db5b03u, 0x01d97d06u,
    0x0216ef03u, 0x02183404u, 0x020f0805u, 0x0219e603u, 0x0219e903u, 0x00108c02u, 0x020f0d05u, 0x00433a02u,
    0x01a99809u, 0x01470e0eu, 0x01471c0eu, 0x016cfd0cu, 0x01a9a109u, 0x020f1205u, 0x01d98306u, 0x01a9aa09u,
    0x01ce8607u, 0x01664404u, 0x01a9bc09u, 0x01d98906u, 0x01c01208u, 0x0147380eu, 0x0196df0au, 0x016d090cu,
    0x01a9c509u, 0x015adf0du, 0x0173aa07u, 0x0196e90au, 0x01a9ce09u, 0x017faa0bu, 0x015cc406u, 0x0196f30au,
    0x007fde04u, 0x01ce8d07u, 0x00876003u, 0x01d98f06u, 0x01d99506u, 0x0113d010u, 0x0147460eu, 0x01565202u,
    0x007fc002u, 0x01a9d709u, 0x020f1705u, 0x008a7702u, 0x01d99b06u, 0x01d9a106u, 0x0092c202u, 0x020f1c05u,
    0x015aec0du, 0x016d150cu, 0x01d9a706u, 0x01d9ad06u, 0x00e3f611u, 0x020f2105u, 0x01279403u, 0x0113e010u,
    0x0196fd0au, 0x01a9e009u, 0x0197070au, 0x015af90du, 0x01a9e909u, 0x00cb9012u, 0x01c01a08u, 0x00cba212u,
    0x02183804u, 0x01a9f209u, 0x01c8de04u, 0x020f2605u, 0x017fb50bu, 0x016d210cu, 0x016d2d0cu, 0x016d390cu,
    0x01d9b303u, 0x01d9b306u, 0x01d9b906u, 0x00a66c14u, 0x017fc00bu, 0x016d450cu, 0x01a9fb09u, 0x0113f003u,
    0x01d9bf06u, 0x01d9c506u, 0x01d9cb06u, 0x01d9d106u, 0x01d9d706u, 0x01d9dd06u, 0x01d9e306u, 0x01d9e906u,
    0x01d9ef06u, 0x01d9f506u, 0x01d9fb06u, 0x01da0106u, 0x01da0706u, 0x01da0d06u, 0x01aabb06u, 0x01da1306u,
    0x01da1906u, 0x01da1f06u, 0x01da2506u, 0x01da2b06u, 0x01da3106u, 0x01da3706u, 0x01da3d06u, 0x01da4306u,
    0x01da4906u, 0x01da4f06u, 0x01da5506u, 0x01da5b06u, 0x0113f010u, 0x00108302u, 0x020f2b05u, 0x016d510cu,
    0x01c02208u, 0x020f3005u, 0x01140005u, 0x01140010u, 0x017fcb0bu, 0x0076951bu, 0x0099a515u, 0x017fd60bu,
    0x00a78c04u, 0x01ce9407u, 0x01ce9b07u, 0x017fe10bu, 0x017fec0bu, 0x017ff70bu, 0x016d5d0cu, 0x016d690cu,
    0x016d750cu, 0x01aa0409u, 0x017f4b04u, 0x0180020bu, 0x01c02a08u, 0x00cbb402u, 0x01da6106u, 0x00cbb412u,
    0x0219ec03u, 0x0219ef03u, 0x01289c02u, 0x020f3505u, 0x0197110au, 0x01da6706u, 0x0009dd02u, 0x01a61605u,
    0x0147540eu, 0x0147620eu, 0x020f3a05u, 0x01800d0bu, 0x01cea207u, 0x01971b0au, 0x02183c04u, 0x01cea907u,
    0x0090d716u, 0x0147700eu, 0x0197250au, 0x01972f0au, 0x01aa0d09u, 0x01ceb007u, 0x00a68014u, 0x0197390au,
    0x01632403u, 0x01c03208u, 0x01ceb707u, 0x02184004u, 0x01141010u, 0x0009dd03u, 0x01da6d06u, 0x0009dd04u,
    0x0180180bu, 0x01cebe07u, 0x0197430au, 0x020f3f05u, 0x01da7306u, 0x01da7906u, 0x01681e03u, 0x01c03a08u,
    0x0180230bu, 0x01802e0bu, 0x01974d0au, 0x0180390bu, 0x0180440bu, 0x016d810cu, 0x01c04208u, 0x0197570au,
    0x00cb8903u, 0x01da7f06u, 0x0197610au, 0x01da8506u, 0x016d8d0cu, 0x00e40711u, 0x00cbc612u, 0x01c04a08u,
    0x01804f0bu, 0x01976b0au, 0x01805a0bu, 0x005ddf02u, 0x01996306u, 0x01d88805u, 0x01c05208u, 0x01c05a08u,
    0x0180650bu, 0x018e8a09u, 0x018e9509u, 0x01a2d508u, 0x016d990cu, 0x012c360fu, 0x0197750au, 0x0180700bu,
    0x01807b0bu, 0x01c06208u, 0x016da50cu, 0x01808606u, 0x0180860bu, 0x01977f0au, 0x01477e0eu, 0x01cec507u,
    0x00a69414u, 0x015b060du, 0x01c06a08u, 0x0197890au, 0x01c07208u, 0x00002a02u, 0x020f4405u, 0x01da8b06u,
    0x0197930au, 0x00c7df02u, 0x020f4905u, 0x01a29205u, 0x015b130du, 0x01979d0au, 0x0009b305u, 0x00cca808u,
    0x00e41811u, 0x0197a70au, 0x00cbd812u, 0x00b81f13u, 0x01aa1f09u, 0x01142010u, 0x01143010u, 0x00b83213u,
    0x012c450fu, 0x01c07a08u, 0x01809108u, 0x0180910bu, 0x01da9106u, 0x0122c303u, 0x0197b10au, 0x01478c0eu,
    0x01144010u, 0x02184404u, 0x00018b02u, 0x0090ed02u, 0x0078d802u, 0x016db10cu, 0x01aa2809u, 0x0197bb0au,
    0x01c08208u, 0x01c08a08u, 0x01950f02u, 0x020f4e05u, 0x0219f203u, 0x02184804u, 0x0165b20bu, 0x020e6904u,
    0x01da9706u, 0x01da9d06u, 0x0000ca02u, 0x005c3a21u, 0x01aa3109u, 0x020f5305u, 0x01c70d05u, 0x01145010u,
    0x01aff005u, 0x01c09a08u, 0x012c5403u, 0x012c540fu, 0x02184c04u, 0x015b200du, 0x016dbd0cu, 0x01aa3a09u,
    0x01809c0bu, 0x015b2d0du, 0x00813a03u, 0x01daa306u, 0x00d9a70bu, 0x01479a0eu, 0x02185004u, 0x01146010u,
    0x0180a70bu, 0x00aeaa03u, 0x01daa906u, 0x01c0a208u, 0x0197c50au, 0x00aeaa06u, 0x00cbea04u, 0x012c630fu,
    0x0180b20bu, 0x00cbea12u, 0x00e42911u, 0x01147010u, 0x0180bd0bu, 0x015b3a0du, 0x01daaf06u, 0x00e43a11u,
    0x0180c80bu, 0x020f5805u, 0x01aa4309u, 0x015b470du, 0x0147a80eu, 0x00910316u, 0x0197cf0au, 0x01aa4c09u,
    0x015b540du, 0x0197d90au, 0x01c0aa08u, 0x0197e307u, 0x0197e30au, 0x01c0b208u, 0x00813603u, 0x00813619u,
    0x01cecc07u, 0x00a6a814u, 0x00b84513u, 0x020f5d05u, 0x009c0d04u, 0x01ced306u, 0x01ced307u, 0x0197ed0au,
    0x01148010u, 0x012c720fu, 0x01c0ba08u, 0x01194804u, 0x017bc904u, 0x0180d30bu, 0x0197f704u, 0x0197f70au,
    0x02185404u, 0x01aa5506u, 0x01aa5509u, 0x00268803u, 0x0198010au, 0x016dc90cu, 0x015b6108u, 0x015b610du,
    0x01980b0au, 0x012c8108u, 0x012c810fu, 0x01aa5e09u, 0x0096d605u, 0x008b4303u, 0x01dab506u, 0x0219f503u,
    0x02185804u, 0x00003e02u, 0x01c0c208u, 0x01c0ca08u, 0x01c0d208u, 0x01c0da08u, 0x01c0e208u, 0x01c0ea08u,
    0x020f6205u, 0x01c0f208u, 0x01c0fa08u, 0x01c10208u, 0x01c10a08u, 0x01c11208u, 0x01c11a08u, 0x01c12208u,
    0x01c12a08u, 0x01c13208u, 0x01c13a08u, 0x01c14208u, 0x01c14a08u, 0x01c15208u, 0x01c15a08u, 0x01c16208u,
    0x01c16a08u, 0x01c17208u, 0x01c17a08u, 0x01c18208u, 0x01c18a08u, 0x01c19208u, 0x01c19a08u, 0x01c1a208u,
    0x01c1aa08u, 0x01c1b208u, 0x01c1ba08u, 0x01c1c208u, 0x01c1ca08u, 0x01c1d208u, 0x01c1da08u, 0x01c1e208u,
    0x01c1ea08u, 0x01c1f208u, 0x01c1fa08u, 0x01c20208u, 0x01c20a08u, 0x01c21208u, 0x01c21a08u, 0x01c22208u,
    0x01c22a08u, 0x020f6705u, 0x01c23208u, 0x01c23a08u, 0x01c24208u, 0x01c24a08u, 0x01c25208u, 0x01c25a08u,
    0x01c26208u, 0x01c26a08u, 0x01dabb06u, 0x01ceda07u, 0x007aa202u, 0x01aa6709u, 0x015b6e0du, 0x015b7b0du,
    0x00cbfc12u, 0x00814f19u, 0x00a6bc14u, 0x00866918u, 0x007c461au, 0x015b880du, 0x00e44b11u, 0x01aa7009u,
    0x01843305u, 0x01aa7909u, 0x0180de0bu, 0x00ccef06u, 0x012c900fu, 0x0071e11du, 0x0219f803u, 0x02185c04u,
    0x00cc0e12u, 0x012c9f0fu, 0x0147b60eu, 0x007fa602u, 0x0180e90bu, 0x01a55503u, 0x0219fb03u, 0x01aa8209u,
    0x01428702u, 0x00566902u, 0x01aa8b09u, 0x005dd205u, 0x0099ba15u, 0x016dd50cu, 0x00e45c11u, 0x01dac106u,
    0x010d4a07u, 0x010d4a0fu, 0x01cee107u, 0x016de10cu, 0x020f6c05u, 0x016ded04u, 0x016ded0cu, 0x01c27205u,
    0x01c27208u, 0x01cee807u, 0x0147c40eu, 0x016df90cu, 0x0180f40bu, 0x016e050cu, 0x016e110cu, 0x015b950du,
    0x015ba20du, 0x008b8908u, 0x0180ff0bu, 0x007c9b13u, 0x01aa9409u, 0x0099cf15u, 0x008bbf17u, 0x00b85813u,
    0x00cc2012u, 0x00cc3212u, 0x00b86b13u, 0x00cc4412u, 0x00e46d11u, 0x00b87e13u, 0x0099e415u, 0x00b89113u,
    0x01810a0bu, 0x0181150bu, 0x012cae0fu, 0x01ceef07u, 0x008bd617u, 0x01c27a08u, 0x00566922u, 0x00868118u,
    0x012cbd0fu, 0x0147d20eu, 0x00b8a413u, 0x01149010u, 0x0114a010u, 0x0114b010u, 0x0147e00eu, 0x012ccc0fu,
    0x012cdb0fu, 0x012cea0fu, 0x0198150au, 0x00e47e11u, 0x01aa9d09u, 0x01dac706u, 0x0147ee0eu, 0x01dacd06u,
    0x0181200bu, 0x01812b0bu, 0x015baf0du, 0x012cf90fu, 0x015bbc0du, 0x015bc90du, 0x00e48f11u, 0x01dad306u,
    0x0075a402u, 0x020f7105u, 0x01cef607u, 0x0198290au, 0x0198330au, 0x01dad906u, 0x01c28208u, 0x01dadf06u,
    0x0147fc05u, 0x0147fc0eu, 0x01983d0au, 0x01cefd07u, 0x020f7604u, 0x020f7605u, 0x00cc5604u, 0x01cf0407u,
    0x00cc6812u, 0x020f7b05u, 0x00019c02u, 0x020f8005u, 0x01dae506u, 0x01c28a08u, 0x0198470au, 0x00777315u,
    0x01c29208u, 0x01aaa609u, 0x0148260eu, 0x015bd60du, 0x015be30du, 0x012d170fu, 0x012d2605u, 0x012d260fu,
    0x00cc7a12u, 0x01daeb06u, 0x01c29a08u, 0x01c2a208u, 0x00019c05u, 0x016e290cu, 0x0181360bu, 0x008bed17u,
    0x0198510au, 0x0076cb1bu, 0x007d4f15u, 0x01985b0au, 0x0114e010u, 0x012d350fu, 0x010df70cu, 0x008c0417u,
    0x00b8b713u, 0x0148340eu, 0x00cc000eu, 0x0148420eu, 0x00cc8c12u, 0x008f770eu, 0x016e350cu, 0x0198650au,
    0x0181410bu, 0x01986f0au, 0x0198790au, 0x016e410au, 0x016e410cu, 0x0198830au, 0x01988d0au, 0x016e4d0au,
    0x016e4d0cu, 0x0198970au, 0x01814c0bu, 0x0198a10au, 0x0181570bu, 0x0198ab0au, 0x0198b50au, 0x00cc9e12u,
    0x00e4a011u, 0x015a2004u, 0x015a2009u, 0x01cf0b07u, 0x01cf1207u, 0x008f0602u, 0x00001002u, 0x006ca31eu,
    0x00568b22u, 0x01daf106u, 0x01aaaf09u, 0x020f8505u, 0x020f8a05u, 0x020f9405u, 0x01daf706u, 0x01c2aa08u,
    0x01dafd06u, 0x00003402u, 0x020f9905u, 0x020f9e05u, 0x020fa305u, 0x020fa805u, 0x020fad05u, 0x020fb205u,
    0x020fb705u, 0x020fbc05u, 0x01aab805u, 0x01aab809u, 0x01df0005u, 0x020fc105u, 0x0181620bu, 0x020fc605u,
    0x020fcb05u, 0x020fd005u, 0x020fd505u, 0x020fda05u, 0x020fdf05u, 0x01db0306u, 0x020fe405u, 0x020fe905u,
    0x020fee05u, 0x020ff305u, 0x020ff805u, 0x016e590cu, 0x01aac109u, 0x016e650cu, 0x020ffd05u, 0x02100205u,
    0x02100705u, 0x02100c05u, 0x02101105u, 0x01241b05u, 0x01b48205u, 0x02101605u, 0x02101b05u, 0x02102005u,
    0x01c6cd05u, 0x02102505u, 0x02102a05u, 0x02102f05u, 0x01db0905u, 0x01db0906u, 0x02103405u, 0x02103905u,
    0x02103e05u, 0x02104305u, 0x02104805u, 0x02104d05u, 0x02105205u, 0x02105705u, 0x02105c05u, 0x0198bf0au,
    0x02106105u, 0x02106605u, 0x02106b05u, 0x02107005u, 0x02107505u, 0x01c2b205u, 0x01c2b208u, 0x02107a05u,
    0x02107f05u, 0x02108405u, 0x02108905u, 0x01cf1907u, 0x01cf2007u, 0x02108e05u, 0x02109305u, 0x02109805u,
    0x015bfd0du, 0x02109d05u, 0x0210a205u, 0x0210a705u, 0x0210ac05u, 0x0210b105u, 0x0210b605u, 0x0210bb05u,
    0x00a70705u, 0x01aff905u, 0x0210c005u, 0x0210c505u, 0x0210ca05u, 0x0210cf05u, 0x0210d405u, 0x0210d905u,
    0x0210de05u, 0x00869918u, 0x0086b118u, 0x0086c918u, 0x0198c90au, 0x015c0a0du, 0x01816d0bu, 0x0181780bu,
    0x016e7105u, 0x016e710cu, 0x01db0f06u, 0x01aaca09u, 0x01db1506u, 0x00e95c07u, 0x0148500eu, 0x01cf2707u,
    0x00003403u, 0x01db1b06u, 0x01db2106u, 0x01db2706u, 0x01db2d06u, 0x01db3306u, 0x01db3906u, 0x01db3f06u,
    0x00ad9606u, 0x01db4506u, 0x01db4b06u, 0x01db5106u, 0x01db5706u, 0x01db5d06u, 0x01db6306u, 0x01db6906u,
    0x01db6f06u, 0x01db7506u, 0x01db7b06u, 0x01db8106u, 0x01099b06u, 0x01db8706u, 0x01db8d06u, 0x01db9306u,
    0x01db9906u, 0x01db9f06u, 0x01dba506u, 0x00003406u, 0x01dbab06u, 0x01dbb106u, 0x01dbb706u, 0x01dbbd06u,
    0x00bd7106u, 0x01dbc306u, 0x01dbc906u, 0x01dbcf06u, 0x01dbd506u, 0x01dbdb06u, 0x01dbe106u, 0x01dbe706u,
    0x01dbed06u, 0x01dbf306u, 0x01dbf906u, 0x01dbff06u, 0x01dc0506u, 0x01dc0b06u, 0x01dc1106u, 0x01dc1706u,
    0x01dc1d06u, 0x01dc2306u, 0x01dc2906u, 0x01dc2f06u, 0x01dc3506u, 0x01dc3b06u, 0x01dc4106u, 0x01dc4706u,
    0x01dc4d06u, 0x01dc5306u, 0x01dc5906u, 0x01dc5f06u, 0x01dc6506u, 0x01dc6b06u, 0x01dc7106u, 0x01dc7706u,
    0x01dc7d06u, 0x01dc8306u, 0x01dc8906u, 0x01dc8f06u, 0x01dc9506u, 0x01dc9b06u, 0x01dca106u, 0x01dca706u,
    0x01dcad06u, 0x01dcb306u, 0x01dcb906u, 0x01dcbf06u, 0x01dcc506u, 0x01dccb06u, 0x01dcd106u, 0x01dcd706u,
    0x01dcdd06u, 0x01dce306u, 0x01dce906u, 0x01dcef06u, 0x01dcf506u, 0x01dcfb06u, 0x01dd0106u, 0x01dd0706u,
    0x01dd0d06u, 0x01dd1306u, 0x01dd1906u, 0x01dd1f06u, 0x01dd2506u, 0x01dd2b06u, 0x01dd3106u, 0x01dd3706u,
    0x01dd3d06u, 0x01dd4306u, 0x01dd4906u, 0x01dd4f06u, 0x01dd5506u, 0x01dd5b06u, 0x01dd6106u, 0x01dd6706u,
    0x01dd6d06u, 0x01dd7306u, 0x01dd7906u, 0x01dd7f06u, 0x01dd8506u, 0x01dd8b06u, 0x01dd9106u, 0x01dd9706u,
    0x01dd9d06u, 0x01dda306u, 0x01dda906u, 0x01ddaf06u, 0x01ddb506u, 0x01ddbb06u, 0x01ddc106u, 0x01ddc706u,
    0x01ddcd06u, 0x01ddd306u, 0x01ddd906u, 0x01dddf06u, 0x01dde506u, 0x01ddeb06u, 0x01b5b306u, 0x01ddf106u,
    0x01ddf706u, 0x01ddfd06u, 0x0137bb06u, 0x01de0306u, 0x01de0906u, 0x01de0f06u, 0x01de1506u, 0x01de1b06u,
    0x01de2106u, 0x01de2706u, 0x01de2d06u, 0x01de3306u, 0x01de3906u, 0x01de3f06u, 0x01de4506u, 0x01c2c208u,
    0x0198d30au, 0x00e4b109u, 0x01150010u, 0x00e4b111u, 0x01cf2e07u, 0x01636007u, 0x01cf3507u, 0x01c2ca08u,
    0x01de4b06u, 0x01de5106u, 0x01cf3c07u, 0x01cf4307u, 0x012d440fu, 0x01cf4a07u, 0x016e7d0cu, 0x016e890cu,
    0x012d530fu, 0x012d620au, 0x012d620fu, 0x01cf5107u, 0x01cf5807u, 0x0181830bu, 0x01818e0bu, 0x0084c50cu,
    0x0198dd0au, 0x00917b0cu, 0x009aff0bu, 0x01cf5f07u, 0x01496404u, 0x0181990bu, 0x01486c04u, 0x01cf6607u,
    0x01cf6d07u, 0x01cf7407u, 0x01cf7b07u, 0x01cf8207u, 0x01cf8907u, 0x01cf9007u, 0x01cf9707u, 0x01cf9e07u,
    0x01486c0eu, 0x01c2d208u, 0x015c170du, 0x01cfa507u, 0x0198e70au, 0x00a6e414u, 0x016e950cu, 0x01cfac07u,
    0x01cfb306u, 0x01cfb307u, 0x01cfba07u, 0x01de5706u, 0x00ad5003u, 0x01de5d06u, 0x01cfc107u, 0x0181a40bu,
    0x0181af0bu, 0x016ea10cu, 0x0210e305u, 0x0066f502u, 0x0210e805u, 0x0210ed05u, 0x01c2da08u, 0x01aad309u,
    0x01cfc807u, 0x01de6306u, 0x0181ba06u, 0x0198f10au, 0x0181ba0bu, 0x0198fb0au, 0x01aadc09u, 0x01de6906u,
    0x01de6f06u, 0x01cfcf07u, 0x01aae509u, 0x0199050au, 0x0210f205u, 0x0215d703u, 0x01cfd606u, 0x01cfd607u,
    0x0210f705u, 0x0210fc05u, 0x01151010u, 0x013ba707u, 0x01de7506u, 0x02110105u, 0x01b00205u, 0x016ead0cu,
    0x001fe002u, 0x01de7b06u, 0x01aaee09u, 0x01990f0au, 0x01c2e208u, 0x0181c50bu, 0x00ccb012u, 0x009a0e15u,
    0x0086f918u, 0x00911916u, 0x00a6f814u, 0x00816819u, 0x009a2315u, 0x007c601au, 0x00871118u, 0x0181d00bu,
    0x008a9302u, 0x02110605u, 0x006d8b02u, 0x00b5bb02u, 0x02110b05u, 0x0097a702u, 0x01aaf709u, 0x01de8106u,
    0x02111005u, 0x01ab0009u, 0x01ab0909u, 0x02186004u, 0x009a3602u, 0x01ab1209u, 0x02111505u, 0x0199190au,
    0x01c2ea08u, 0x02186404u, 0x01cfdd07u, 0x00d40e04u, 0x01ab1b09u, 0x01de8706u, 0x017f7503u, 0x01c2f208u,
    0x0199230au, 0x0181db0bu, 0x012d710fu, 0x0181e60bu, 0x0181f10bu, 0x01152010u, 0x012d800fu, 0x01487a0eu,
    0x00ccc212u, 0x01ab2409u, 0x01992d0au, 0x0148880eu, 0x01ab2d09u, 0x02111a05u, 0x0181fc0bu, 0x008cf304u,
    0x00a8c804u, 0x00e4c211u, 0x00a8c810u, 0x01de8d06u, 0x01de9306u, 0x0148960eu, 0x0148a40eu, 0x0148b20eu,
    0x016ec50cu, 0x0148c00eu, 0x015c240du, 0x00d96703u, 0x0182070bu, 0x00ccd412u, 0x01b00b05u, 0x02186804u,
    0x00a70c14u, 0x00a72014u, 0x00a73414u, 0x0182120bu, 0x01821d0bu, 0x01cfe407u, 0x016fb908u, 0x01c2fa08u,
    0x016ed10cu, 0x016edd0cu, 0x016ee90cu, 0x016ef50cu, 0x012ea408u, 0x01ab3609u, 0x0199370au, 0x0219fe03u,
    0x00013202u, 0x008e6b06u, 0x01cfeb07u, 0x01ab3f09u, 0x009a3815u, 0x01c10d05u, 0x01cff207u, 0x01de9904u,
    0x01de9906u, 0x02111f05u, 0x01ab4809u, 0x0199410au, 0x01cff907u, 0x01d00007u, 0x01994b0au, 0x01c30208u,
    0x01de9f06u, 0x0182280bu, 0x016f010cu, 0x01dea506u, 0x01c30a08u, 0x01c31208u, 0x0088c904u, 0x00e4d311u,
    0x01153010u, 0x01c31a08u, 0x02112405u, 0x00cce612u, 0x00b8ca13u, 0x00e4e411u, 0x015c310du, 0x00e97e08u,
    0x01c32208u, 0x01154010u, 0x01c32a08u, 0x01223808u, 0x01d00707u, 0x01deab06u, 0x00567507u, 0x01deb106u,
    0x012d8f0fu, 0x00e4f511u, 0x0199550au, 0x01deb706u, 0x01d00e07u, 0x00e98f04u, 0x00e98f06u, 0x0182330bu,
    0x01debd06u, 0x012d9e0fu, 0x015c3e0du, 0x012dad0fu, 0x007c5903u, 0x00b8dd13u, 0x01dec306u, 0x01dec906u,
    0x009a6215u, 0x012dbc0fu, 0x008c3217u, 0x01ab5109u, 0x01ab5a09u, 0x01ab6309u, 0x01ab6c09u, 0x01decf06u,
    0x021a0103u, 0x016f0d0cu, 0x01c33208u, 0x01155010u, 0x01823e0bu, 0x02186c04u, 0x01ab7509u, 0x00912f07u,
    0x00914506u, 0x00914516u, 0x00915b16u, 0x009f8009u, 0x0182490bu, 0x01c33a08u, 0x012dcb0fu, 0x0148ce0eu,
    0x01c34208u, 0x015c650du, 0x012dda0fu, 0x0148dc0eu, 0x01c34a08u, 0x02187004u, 0x0148ea0eu, 0x009a7715u,
    0x012de90fu, 0x012df80fu, 0x01156010u, 0x01c35208u, 0x015c6f03u, 0x008f7b02u, 0x009d4002u, 0x01ab7e09u,
    0x01ab8709u, 0x01ab9009u, 0x016f190cu, 0x008ff002u, 0x02112905u, 0x00e50611u, 0x01ded506u, 0x00e51711u,
    0x021a0403u, 0x015c720du, 0x012e070fu, 0x01995f0au, 0x016f250cu, 0x016f310cu, 0x016f3d0cu, 0x0182540bu,
    0x01825f0bu, 0x01826a0bu, 0x01ab9909u, 0x0199690au, 0x015c7f0du, 0x0199730au, 0x01997d0au, 0x0199870au,
    0x0148f80eu, 0x0199910au, 0x01aba209u, 0x0149060eu, 0x015c8c0du, 0x00739b02u, 0x01dedb06u, 0x0094fe04u,
    0x0131ea06u, 0x0182750bu, 0x012e160fu, 0x012e250fu, 0x0087f203u, 0x01abab09u, 0x01d01507u, 0x01999b0au,
    0x0199a50au, 0x0182800bu, 0x01c35a08u, 0x015c990du, 0x015ca60du, 0x015cb30du, 0x01828b0bu, 0x0182960bu,
    0x0199af0au, 0x00ccf812u, 0x010a0903u, 0x01c36208u, 0x01c36a08u, 0x02112e05u, 0x01abb409u, 0x02113305u,
    0x02113805u, 0x0199b90au, 0x016f490cu, 0x016f550cu, 0x01157010u, 0x00cd0a05u, 0x00cd0a12u, 0x00e52811u,
    0x01abbd09u, 0x01dee106u, 0x0182a10bu, 0x0199c30au, 0x016f610cu, 0x0182ac0bu, 0x0182b70bu, 0x0182c20bu,
    0x01abc609u, 0x0216f503u, 0x009a8c15u, 0x009aa115u, 0x009ab615u, 0x02113d05u, 0x0182cd0bu, 0x01dee706u,
    0x01deed06u, 0x0182d80bu, 0x02187404u, 0x010d5203u, 0x0182e30bu, 0x0199cd0au, 0x02114205u, 0x015cc00du,
    0x0182ee0bu, 0x0149140eu, 0x0149220eu, 0x0149300eu, 0x016f6d0cu, 0x009acb15u, 0x01d01c07u, 0x016f790cu,
    0x016f850cu, 0x016f910cu, 0x01158010u, 0x00cd1c12u, 0x015ccd0du, 0x00cd2e12u, 0x00cd4012u, 0x012e340fu,
    0x012e430fu, 0x012e520fu, 0x015cda0du, 0x012e610fu, 0x00e53911u, 0x012e700fu, 0x00e54a11u, 0x00e55b11u,
    0x01493e0eu, 0x012e7f0fu, 0x012e8e0fu, 0x0199d70au, 0x00cd5212u, 0x012e9d0fu, 0x0182f90bu, 0x0131180au,
    0x01abd809u, 0x01abe109u, 0x0199e10au, 0x016f9d0cu, 0x01abea09u, 0x0183040bu, 0x01c37208u, 0x016fa90cu,
    0x016fb50cu, 0x012eac0fu, 0x01abf309u, 0x01c37a08u, 0x01585202u, 0x02187804u, 0x01d82204u, 0x00d51604u,
    0x01def306u, 0x01abfc09u, 0x01d02307u, 0x02114705u, 0x02114c05u, 0x00cd6412u, 0x0073aa1cu, 0x0076e61bu,
    0x015ce70du, 0x01494c0eu, 0x00cd7603u, 0x00cd7612u, 0x01830f0bu, 0x00cd8812u, 0x00e56c11u, 0x00e57d11u,
    0x01d02a07u, 0x00108502u, 0x02115105u, 0x00943710u, 0x01def906u, 0x00957f03u, 0x01deff06u, 0x01df0506u,
    0x01831a0bu, 0x00e58e11u, 0x01c38208u, 0x0183250bu, 0x02115605u, 0x02115b05u, 0x02116005u, 0x014af905u,
    0x02116505u, 0x012ebb0fu, 0x00b8f013u, 0x0183300bu, 0x016fc10cu, 0x009ae015u, 0x015cf40du, 0x0199eb0au,
    0x01159010u, 0x00e74503u, 0x01df0b06u, 0x01df1106u, 0x01df1706u, 0x01df1d06u, 0x01df2306u, 0x012c8a06u,
    0x01df2906u, 0x01df2f06u, 0x01df3506u, 0x01df3b06u, 0x01df4106u, 0x01df4706u, 0x01df4d06u, 0x01df5306u,
    0x01df5906u, 0x01df5f06u, 0x01df6506u, 0x01df6b06u, 0x01df7106u, 0x01df7706u, 0x01df7d06u, 0x01df8306u,
    0x01df8906u, 0x01df8f06u, 0x01df9506u, 0x01df9b06u, 0x01dfa106u, 0x01dfa706u, 0x01dfad06u, 0x01dfb306u,
    0x01dfb906u, 0x01dfbf06u, 0x01dfc506u, 0x01dfcb06u, 0x0199f50au, 0x01dfd106u, 0x01dfd706u, 0x01dfdd06u,
    0x01dfe306u, 0x01dfe906u, 0x01dfef06u, 0x01dff506u, 0x01dffb06u, 0x01e00106u, 0x01e00706u, 0x01e00d06u,
    0x01e01306u, 0x01e01906u, 0x01e01f06u, 0x01e02506u, 0x01e02b06u, 0x01e03106u, 0x01e03706u, 0x01e03d06u,
    0x01e04306u, 0x01e04906u, 0x01e04f06u, 0x01e05506u, 0x01e05b06u, 0x01e06106u, 0x01e06706u, 0x01e06d06u,
    0x01d03107u, 0x01e07306u, 0x01e07906u, 0x01e07f06u, 0x01e08506u, 0x01e08b06u, 0x01e09106u, 0x01e09706u,
    0x01e09d06u, 0x01e0a306u, 0x01e0a906u, 0x01e0af06u, 0x01e0b506u, 0x01e0bb06u, 0x01e0c106u, 0x01e0c706u,
    0x01e0cd06u, 0x01e0d306u, 0x01e0d906u, 0x01e0df06u, 0x01e0e506u, 0x01e0eb06u, 0x01e0f106u, 0x01e0f706u,
    0x01e0fd06u, 0x01e10306u, 0x01e10906u, 0x01e10f06u, 0x01e11506u, 0x01e11b06u, 0x01e12106u, 0x01e12706u,
    0x01e12d06u, 0x01e13306u, 0x01e13906u, 0x01e13f06u, 0x01e14506u, 0x01e14b06u, 0x01e15106u, 0x01e15706u,
    0x01e15d06u, 0x01e16306u, 0x01e16906u, 0x01e16f06u, 0x01e17506u, 0x01e17b06u, 0x01e18106u, 0x01e18706u,
    0x01e18d06u, 0x01e19306u, 0x01e19906u, 0x01e19f06u, 0x01e1a506u, 0x01e1ab06u, 0x01e1b106u, 0x01e1b706u,
    0x01e1bd06u, 0x01e1c306u, 0x01e1c906u, 0x01e1cf06u, 0x01e1d506u, 0x01e1db06u, 0x01e1e106u, 0x01e1e706u,
    0x01e1ed06u, 0x01e1f306u, 0x01e1f906u, 0x01e1ff06u, 0x01e20506u, 0x01e20b06u, 0x01e21106u, 0x01e21706u,
    0x01e21d06u, 0x016e5c09u, 0x015d010du, 0x01ac0509u, 0x006cde02u, 0x01ac0e09u, 0x01e22306u, 0x00e59f11u,
    0x01833b0bu, 0x007cbf02u, 0x0183460bu, 0x01ac1709u, 0x00b20808u, 0x0163af06u, 0x0183510bu, 0x01835c0bu,
    0x0199ff0au, 0x0183670bu, 0x016fcd0cu, 0x0115a010u, 0x019a090au, 0x0115b010u, 0x004dff14u, 0x01ac2009u,
    0x012eca0fu, 0x01495a0eu, 0x0183720bu, 0x01837d0bu, 0x0183880bu, 0x01e22906u, 0x019a130au, 0x01169505u,
    0x01e22f06u, 0x016fd90cu, 0x00b90313u, 0x01e23506u, 0x0149680eu, 0x0149760eu, 0x015d0e0du, 0x00e5b011u,
    0x0115c010u, 0x01e23b06u, 0x0183930bu, 0x019a1d0au, 0x01e24106u, 0x003a4126u, 0x0041c625u, 0x0023382au,
    0x0023622au, 0x00238c2au, 0x003a6726u, 0x003a8d26u, 0x0023b62au, 0x0023e02au, 0x00240a2au, 0x0024342au,
    0x002f7a28u, 0x0041eb25u, 0x0027ca29u, 0x0016802du, 0x002fa228u, 0x002fca28u, 0x003ab326u, 0x003ad926u,
    0x003aff26u, 0x00421025u, 0x00423525u, 0x00425a25u, 0x002ff228u, 0x00301a28u, 0x003b2526u, 0x00427f25u,
    0x0042a425u, 0x0042c925u, 0x0027f329u, 0x00281c29u, 0x0042ee25u, 0x00431325u, 0x00245e2au, 0x00284529u,
    0x0013ce2eu, 0x0013fc2eu, 0x00142a2eu, 0x0024882au, 0x0024b22au, 0x0014582eu, 0x0014862eu, 0x0014b42eu,
    0x0014e22eu, 0x001b982cu, 0x00286e29u, 0x0016ad2du, 0x0009d631u, 0x001bc42cu, 0x001bf02cu, 0x0024dc2au,
    0x0025062au, 0x0025302au, 0x00289729u, 0x0028c029u, 0x0028e929u, 0x001c1c2cu, 0x001c482cu, 0x00255a2au,
    0x00291229u, 0x00293b29u, 0x00296429u, 0x0016da2du, 0x0017072du, 0x00298d29u, 0x0029b629u, 0x00342927u,
    0x003b4b26u, 0x001eb02bu, 0x001edb2bu, 0x001f062bu, 0x00345027u, 0x00347727u, 0x001f312bu, 0x001f5c2bu,
    0x001f872bu, 0x001fb22bu, 0x0029df29u, 0x003b7126u, 0x0025842au, 0x0015102eu, 0x002a0829u, 0x002a3129u,
    0x00349e27u, 0x0034c527u, 0x0034ec27u, 0x003b9726u, 0x003bbd26u, 0x003be326u, 0x002a5a29u, 0x002a8329u,
    0x00351327u, 0x003c0926u, 0x003c2f26u, 0x003c5526u, 0x0025ae2au, 0x0025d82au, 0x003c7b26u, 0x003ca126u,
    0x019d4c05u, 0x01839e0bu, 0x015d1b0du, 0x00e6a708u, 0x00e5c111u, 0x00e5d211u, 0x00a77014u, 0x019a270au,
    0x01e24706u, 0x01e24d06u, 0x01e25306u, 0x01e25906u, 0x01e25f06u, 0x01d03807u, 0x0183a90bu, 0x0183b40bu,
    0x00d13608u, 0x015d280du, 0x0183bf0bu, 0x00e5e311u, 0x01a28607u, 0x01e26506u, 0x0183ca0bu, 0x012ed90fu,
    0x00cd9a12u, 0x0183d50bu, 0x00cdac12u, 0x02116a05u, 0x01498409u, 0x0149840eu, 0x00c0da05u, 0x01c38a08u,
    0x00e5f411u, 0x013d7304u, 0x019a310au, 0x019a3b0au, 0x01925f07u, 0x00001902u, 0x00cdbe12u, 0x01ac2909u,
    0x01ac3209u, 0x02116f05u, 0x01ac3b09u, 0x0115d010u, 0x00cdd012u, 0x01e26b06u, 0x01e27106u, 0x018fc603u,
    0x00b91613u, 0x00b92913u, 0x00e60511u, 0x00a78414u, 0x01e27706u, 0x01486606u, 0x00019402u, 0x00a79814u,
    0x01e27d06u, 0x01e28306u, 0x01d03f07u, 0x019a450au, 0x00012d02u, 0x00e61611u, 0x00e62711u, 0x00e63811u,
    0x00e64911u, 0x005c5b21u, 0x00678f1fu, 0x0067ae1fu, 0x0067cd1fu, 0x00917116u, 0x009af515u, 0x006d1b1eu,
    0x006d391eu, 0x006d571eu, 0x02117405u, 0x01e28906u, 0x0115e010u, 0x01e28f06u, 0x0115f010u, 0x0183e00bu,
    0x017ee906u, 0x0149920eu, 0x009b0a15u, 0x0149a00eu, 0x01e29506u, 0x019a4f0au, 0x019a590au, 0x00012d03u,
    0x0183eb0bu, 0x01ac4409u, 0x0160fe06u, 0x00cde212u, 0x01089608u, 0x015d350du, 0x01d04607u, 0x004ad824u,
    0x004ffd23u, 0x00304228u, 0x00306a28u, 0x00309228u, 0x004afc24u, 0x004b2024u, 0x0030ba28u, 0x0030e228u,
    0x00310a28u, 0x00313228u, 0x00315a28u, 0x003cc726u, 0x00502023u, 0x00353a27u, 0x001fdd2bu, 0x003ced26u,
    0x003d1326u, 0x004b4424u, 0x004b6824u, 0x004b8c24u, 0x00504323u, 0x00506623u, 0x00508923u, 0x003d3926u,
    0x003d5f26u, 0x004bb024u, 0x0050ac23u, 0x0050cf23u, 0x0050f223u, 0x00356127u, 0x00358827u, 0x00511523u,
    0x00513823u, 0x01c39a08u, 0x009b1f06u, 0x009b1f15u, 0x00c30008u, 0x01d04d07u, 0x012b1207u, 0x016fe50cu,
    0x019a630au, 0x00b93c13u, 0x02187c04u, 0x02188004u, 0x02117905u, 0x02188404u, 0x02188804u, 0x01ac4d09u,
    0x02117e05u, 0x019a6d0au, 0x01e29b06u, 0x0145f006u, 0x016ff10cu, 0x016ffd0cu, 0x0170090cu, 0x00bc7903u,
    0x02188c04u, 0x01160010u, 0x01e2a106u, 0x01bc1b04u, 0x01d05407u, 0x019a770au, 0x012ef707u, 0x012ef70fu,
    0x0091eb04u, 0x012f060fu, 0x00a7ac14u, 0x011c540cu, 0x00cdf412u, 0x0170150cu, 0x0170210cu, 0x01ac5609u,
    0x01ac5f09u, 0x01c3a208u, 0x02118305u, 0x02118805u, 0x012f150fu, 0x02118d05u, 0x01c3aa08u, 0x00a7c014u,
    0x01161010u, 0x0183f608u, 0x0183f60bu, 0x01c3b208u, 0x01e2a706u, 0x007c7a1au, 0x01c3ba08u, 0x019a810au,
    0x01d05b07u, 0x01d06207u, 0x01702d0cu, 0x01e2ad06u, 0x019a8b0au, 0x02119205u, 0x0149bc0eu, 0x02119705u,
    0x01e2b306u, 0x01d06907u, 0x01e2b906u, 0x00004902u, 0x00b94f13u, 0x02119c05u, 0x01ac6809u, 0x0211a105u,
    0x01c3c208u, 0x00ccf604u, 0x01e2bf06u, 0x0149ca0eu, 0x019a950au, 0x0077521bu, 0x009b3415u, 0x0149d80eu,
    0x0184010bu, 0x01d07004u, 0x01d07007u, 0x01e2c506u, 0x01e2cb06u, 0x01e2d106u, 0x0211a605u, 0x01d07707u,
    0x00821c09u, 0x01ac7109u, 0x00927c04u, 0x012f240fu, 0x019a9f0au, 0x01ac7a09u, 0x00a7d414u, 0x00b96213u,
    0x00a7e814u, 0x00927c13u, 0x01d07e07u, 0x01d08507u, 0x01d08c07u, 0x01d09307u, 0x01d09a07u, 0x01d0a107u,
    0x01d0a807u, 0x01c3ca08u, 0x01d0af04u, 0x01d0af07u, 0x01ac8303u, 0x01ac8309u, 0x01d0b607u, 0x00c7e202u,
    0x0211ab05u, 0x01ac8c09u, 0x01c3d208u, 0x01b01405u, 0x01e2d706u, 0x01840c0bu, 0x0170390cu, 0x01ac9509u,
    0x0149e60eu, 0x0184170bu, 0x01e2dd06u, 0x01c3da08u, 0x0184220bu, 0x01d0bd07u, 0x02189004u, 0x01d0c407u,
    0x01d0cb07u, 0x01ac9e09u, 0x01c3e208u, 0x01842d0bu, 0x019aa90au, 0x01d0d207u, 0x01c3ea08u, 0x01d0d907u,
    0x00e65a11u, 0x012f330fu, 0x01d0e003u, 0x01d0e007u, 0x01875302u, 0x0211b005u, 0x0211b505u, 0x0211ba05u,
    0x01c4bd05u, 0x006d7f14u, 0x01e2e306u, 0x0009c302u, 0x01aca709u, 0x0170450cu, 0x019ab30au, 0x01980e03u,
    0x01980e04u, 0x01d0e707u, 0x01c3f208u, 0x0149f40eu, 0x0170510cu, 0x01705d0cu, 0x0170690cu, 0x0184380bu,
    0x01c3fa04u, 0x01c3fa08u, 0x0211bf05u, 0x012f420fu, 0x012f510fu, 0x012f600fu, 0x0184430bu, 0x012f6f0fu,
    0x014a020eu, 0x01c40208u, 0x01d0ee07u, 0x019abd0au, 0x01acb009u, 0x0104db05u, 0x01c40a08u, 0x01844e0bu,
    0x01acb909u, 0x01e2e906u, 0x01e2ef06u, 0x019ac70au, 0x021a0703u, 0x01e2f506u, 0x00568202u, 0x00819a19u,
    0x0073e21cu, 0x0073fe1cu, 0x01acc209u, 0x0211c405u, 0x00918716u, 0x00776d1bu, 0x01accb09u, 0x019ad10au,
    0x0170750cu, 0x015d420du, 0x014a100eu, 0x0184590bu, 0x01162010u, 0x01c41208u, 0x014a1e0eu, 0x00ce0604u,
    0x014a2c0eu, 0x015d4f0du, 0x015d5c0du, 0x0170810cu, 0x01708d0cu, 0x0184640bu, 0x012f7e0fu, 0x0170990cu,
    0x015d690du, 0x00ce0612u, 0x0170a50cu, 0x015d760du, 0x01acd409u, 0x00ce1812u, 0x00b97513u, 0x00ce2a12u,
    0x00872918u, 0x008c4917u, 0x00e66b11u, 0x00e67c11u, 0x00ce3c12u, 0x00e68d11u, 0x008c6017u, 0x00919d16u,
    0x01163010u, 0x021a0a03u, 0x01d0f507u, 0x01c41a08u, 0x019adb0au, 0x01846f0bu, 0x01847a0bu, 0x0184850bu,
    0x0184900bu, 0x01849b0bu, 0x0184a60bu, 0x0184b10bu, 0x0184bc0bu, 0x0184c70bu, 0x0184d20bu, 0x0184dd0bu,
    0x0184e80bu, 0x0184f30bu, 0x0184fe0bu, 0x0185090bu, 0x0185140bu, 0x01851f0bu, 0x01852a0bu, 0x0185350bu,
    0x0185400bu, 0x01854b0bu, 0x0185560bu, 0x0185610bu, 0x01856c0bu, 0x0185770bu, 0x0185820bu, 0x01858d0bu,
    0x0185980bu, 0x0185a30bu, 0x0185ae0bu, 0x0185b90bu, 0x0185c40bu, 0x0185cf0bu, 0x0185da0bu, 0x0185e50bu,
    0x0185f00bu, 0x0185fb0bu, 0x0186060bu, 0x0186110bu, 0x01861c0bu, 0x0186270bu, 0x0186320bu, 0x01863d0bu,
    0x0186480bu, 0x0186530bu, 0x01865e0bu, 0x0186690bu, 0x0186740bu, 0x01867f0bu, 0x01868a0bu, 0x0186950bu,
    0x0186a00bu, 0x01d0fc07u, 0x01d10307u, 0x00e69e11u, 0x01c42208u, 0x0170b10cu, 0x01acdd09u, 0x01c42a08u,
    0x0186ab0bu, 0x01e2fb06u, 0x0170bd0cu, 0x021a0d03u, 0x00ce4e12u, 0x014a3a0eu, 0x012f8d0fu, 0x014a480eu,
    0x00a7fc14u, 0x01acef09u, 0x00ce6012u, 0x01164010u, 0x00b98813u, 0x00ce7212u, 0x00a81014u, 0x009b4915u,
    0x00741a1cu, 0x01165010u, 0x00e6af11u, 0x00b99b13u, 0x0091b316u, 0x01166010u, 0x00e6c011u, 0x00e6d111u,
    0x00a82414u, 0x00a83814u, 0x01d10a07u, 0x00874118u, 0x00a84c14u, 0x00e6e211u, 0x00ce8412u, 0x00a86014u,
    0x01167010u, 0x014a560eu, 0x00943f08u, 0x00b9ae13u, 0x008a070au, 0x00b9c113u, 0x00e6f311u, 0x0091c916u,
    0x009b5e15u, 0x007c3a0cu, 0x009b7315u, 0x006d7503u, 0x00ce9612u, 0x00a87414u, 0x00b9d413u, 0x006d751eu,
    0x02189404u, 0x019ae50au, 0x019aef0au, 0x019af90au, 0x00889712u, 0x01acf809u, 0x00a88814u, 0x009b8815u,
    0x00cea812u, 0x01d11107u, 0x015d830du, 0x014a640eu, 0x00b9e713u, 0x01e30106u, 0x00e70411u, 0x012f9c0fu,
    0x01168010u, 0x01169010u, 0x01e30706u, 0x021a1003u, 0x015d900du, 0x0186b60bu, 0x02189804u, 0x02081804u,
    0x01e30d06u, 0x00132002u, 0x01b01d05u, 0x019b030au, 0x0186c10bu, 0x0170c90cu, 0x0145bd03u, 0x01e31306u,
    0x01d11807u, 0x0211c905u, 0x01e31906u, 0x01c43208u, 0x00e71511u, 0x00d53604u, 0x015d9d0du, 0x014a720eu,
    0x01d11f07u, 0x00e9e705u, 0x01c43a08u, 0x015daa0du, 0x01ad0109u, 0x015db70du, 0x019b0d0au, 0x021a1303u,
    0x00e17306u, 0x01ad0a09u, 0x019b170au, 0x00ac7503u, 0x007fdd02u, 0x01e31f06u, 0x02189c04u, 0x0211ce05u,
    0x00756202u, 0x0211d305u, 0x01e32506u, 0x01ad1309u, 0x017fe403u, 0x01ad1c09u, 0x002aca02u, 0x00965205u,
    0x0073a903u, 0x01d12607u, 0x014a800eu, 0x0170d50cu, 0x012fab0fu, 0x01e32b06u, 0x01ad2509u, 0x01e33106u,
    0x01e33706u, 0x01e33d06u, 0x014a8e0eu, 0x01c44208u, 0x01ad2e09u, 0x00839a04u, 0x0170e10cu, 0x01d12d07u,
    0x0116a010u, 0x01e34306u, 0x01e34906u, 0x019b210au, 0x0186d70bu, 0x0186e20bu, 0x00a7d302u, 0x00970b02u,
    0x0218a004u, 0x01e34f06u, 0x01c44a08u, 0x00bb9502u, 0x01ad3709u, 0x00566f02u, 0x01ad4009u, 0x0116b010u,
    0x01ad4909u, 0x0211d804u, 0x0211d805u, 0x0170ed0cu, 0x0087e207u, 0x0116c010u, 0x01ad5209u, 0x0170f90cu,
    0x015dc40du, 0x00ceba12u, 0x00e72611u, 0x015dd10du, 0x01c45208u, 0x01c45a08u, 0x00e73711u, 0x0171050cu,
    0x01ad5b09u, 0x019b2b0au, 0x019b350au, 0x01ad6409u, 0x00e74811u, 0x009b9d15u, 0x01ad6d09u, 0x019b3f0au,
    0x0211dd05u, 0x01e35506u, 0x019b490au, 0x0186ed0bu, 0x0186f80bu, 0x019b530au, 0x01ad7609u, 0x01e35b06u,
    0x00319602u, 0x01ad7f09u, 0x0211e205u, 0x00a6b203u, 0x019b5d0au, 0x0117740cu, 0x019b670au, 0x00319606u,
    0x0091df16u, 0x00e75911u, 0x009bb215u, 0x0211e705u, 0x01ad8809u, 0x01ad9109u, 0x019b710au, 0x0187030bu,
    0x00972102u, 0x0211ec05u, 0x0218a404u, 0x01c46208u, 0x01b5ca03u, 0x0127ee03u, 0x00012302u, 0x019b7b0au,
    0x01ad9a09u, 0x0211f105u, 0x0211f605u, 0x015dde0du, 0x01ada309u, 0x0211fb05u, 0x01ba3d05u, 0x00add305u,
    0x02120005u, 0x02120505u, 0x01adac09u, 0x02120a05u, 0x02120f05u, 0x02121405u, 0x02121905u, 0x01e36106u,
    0x01e36706u, 0x01e36d06u, 0x01e37306u, 0x01e37906u, 0x01e37f06u, 0x01e38506u, 0x01e38b06u, 0x01e39106u,
    0x01e39706u, 0x01e39d06u, 0x01e3a306u, 0x01e3a906u, 0x01e3af06u, 0x01e3b506u, 0x01e3bb06u, 0x0116d010u,
    0x01d13407u, 0x0171110cu, 0x01e3c106u, 0x019b850au, 0x01b44a07u, 0x012fba0fu, 0x01e3c706u, 0x00cecc12u,
    0x01e3cd06u, 0x01adb504u, 0x01adb509u, 0x019b8f04u, 0x019b8f0au, 0x01c46a08u, 0x0116e010u, 0x01c47208u,
    0x01265c04u, 0x014a9c06u, 0x014a9c0eu, 0x014aaa0eu, 0x01e3d303u, 0x01e3d306u, 0x019b990au, 0x019ba30au,
    0x01e3d906u, 0x01711d0cu, 0x0116f010u, 0x01170010u, 0x0089d103u, 0x01adbe09u, 0x019bad0au, 0x019bb70au,
    0x00b9fa13u, 0x0089d110u, 0x012fc90fu, 0x01171010u, 0x019bc10au, 0x01d13b07u, 0x01d14207u, 0x01d14907u,
    0x01d15007u, 0x01d15707u, 0x01d15e07u, 0x00005b03u, 0x01e3df06u, 0x01e3e506u, 0x01e3eb06u, 0x01e3f106u,
    0x01e3f706u, 0x01e3fd06u, 0x01e40306u, 0x01a27306u, 0x01e40906u, 0x01e40f06u, 0x01e41506u, 0x01e41b06u,
    0x01e42106u, 0x01e42706u, 0x01e42d06u, 0x01e43306u, 0x01a80606u, 0x01e43906u, 0x01e43f06u, 0x01e44506u,
    0x01e44b06u, 0x01e45106u, 0x01e45706u, 0x01e45d06u, 0x01e46306u, 0x01e46906u, 0x01e46f06u, 0x01e47506u,
    0x01e47b06u, 0x01e48106u, 0x01e48706u, 0x01e48d06u, 0x01e49306u, 0x01e49906u, 0x01e49f06u, 0x01e4a506u,
    0x01e4ab06u, 0x01e4b106u, 0x01e4b706u, 0x01e4bd06u, 0x01e4c306u, 0x01e4c906u, 0x01e4cf06u, 0x01e4d506u,
    0x01e4db06u, 0x01e4e106u, 0x01e4e706u, 0x01e4ed06u, 0x01e4f306u, 0x01e4f906u, 0x01e4ff06u, 0x01e50506u,
    0x01e50b06u, 0x01e51106u, 0x01e51706u, 0x01e51d06u, 0x01e52306u, 0x01e52906u, 0x01e52f06u, 0x01e53506u,
    0x01e53b06u, 0x01e54106u, 0x01e54706u, 0x01e54d06u, 0x01e55306u, 0x01e55906u, 0x01e55f06u, 0x01e56506u,
    0x01e56b06u, 0x01e57106u, 0x01e57706u, 0x01e57d06u, 0x01e58306u, 0x01e58906u, 0x01e58f06u, 0x01e59506u,
    0x01e59b06u, 0x01e5a106u, 0x01e5a706u, 0x01e5ad06u, 0x01e5b306u, 0x01e5b906u, 0x01e5bf06u, 0x01e5c506u,
    0x01e5cb06u, 0x01e5d106u, 0x01e5d706u, 0x01adc709u, 0x01e5dd06u, 0x01e5e306u, 0x01e5e906u, 0x01e5ef06u,
    0x01e5f506u, 0x01e5fb06u, 0x0123ba06u, 0x01e60106u, 0x01e60706u, 0x01e60d06u, 0x01e61306u, 0x01e61906u,
    0x01e61f06u, 0x01e62506u, 0x01e62b06u, 0x01e63106u, 0x01e63706u, 0x01e63d06u, 0x01e64306u, 0x0122b806u,
    0x0122b808u, 0x01e64906u, 0x01e64f06u, 0x01e65506u, 0x01e65b06u, 0x01e66106u, 0x01e66706u, 0x01e66d06u,
    0x01e67306u, 0x01e67906u, 0x01e67f06u, 0x01e68506u, 0x01e68b06u, 0x01e69106u, 0x01e69706u, 0x01e69d06u,
    0x01e6a306u, 0x016e0b06u, 0x01e6a906u, 0x012c6c06u, 0x01e6af06u, 0x01e6b506u, 0x01e6bb06u, 0x01e6c106u,
    0x01e6c706u, 0x01e6cd06u, 0x01e6d306u, 0x01e6d906u, 0x012fd80fu, 0x01d16507u, 0x0128ab02u, 0x010ffc02u,
    0x007cc002u, 0x01e6df06u, 0x01add009u, 0x02121e05u, 0x020a7b05u, 0x012fe70fu, 0x01c47a08u, 0x019bcb0au,
    0x01d16c07u, 0x01c48208u, 0x019bd50au, 0x014ab80eu, 0x01c48a08u, 0x0171290cu, 0x01e6e506u, 0x00cede12u,
    0x019bdf0au, 0x0171350cu, 0x014c5305u, 0x01c49208u, 0x01870e0bu, 0x02122305u, 0x0187190bu, 0x01d17307u,
    0x01d17a07u, 0x014ac60eu, 0x012ff60fu, 0x019be90au, 0x01c49a08u, 0x0187240bu, 0x00ba0d13u, 0x010eb405u,
    0x010eb40au, 0x01add909u, 0x01ade209u, 0x01e6eb06u, 0x01e6f106u, 0x01d18107u, 0x00e16202u, 0x01c4a208u,
    0x01c4aa08u, 0x01c4b208u, 0x02122805u, 0x01c4ba08u, 0x01c4c208u, 0x01c4ca08u, 0x0130050fu, 0x01c4d208u,
    0x01c4da08u, 0x01c4e208u, 0x01c4ea08u, 0x01c4f208u, 0x019bf30au, 0x01c4fa08u, 0x01c50208u, 0x01c50a08u,
    0x014ad40eu, 0x01c51208u, 0x01c51a08u, 0x01c52208u, 0x01c52a08u, 0x01e6f706u, 0x01e6fd06u, 0x00c3f202u,
    0x00742202u, 0x02122d05u, 0x01b02605u, 0x01d18807u, 0x01e70306u, 0x02123205u, 0x0218a804u, 0x02123705u,
    0x01d18f07u, 0x019bfd0au, 0x0171410cu, 0x01c53208u, 0x0087b108u, 0x01172010u, 0x015f8304u, 0x00a89c14u,
    0x02123c05u, 0x02124105u, 0x02124605u, 0x01cfdf05u, 0x01411102u, 0x019c070au, 0x02124b05u, 0x00b66502u,
    0x01e70906u, 0x01714d0cu, 0x01872f0bu, 0x0171590cu, 0x00ba2013u, 0x02125005u, 0x0218ac04u, 0x02119804u,
    0x02125505u, 0x02125a05u, 0x00e76a11u, 0x01adeb09u, 0x00cef012u, 0x01c53a08u, 0x01173010u, 0x00ba3313u,
    0x00e77b11u, 0x00a8b014u, 0x0171650cu, 0x00e78c11u, 0x00cf0212u, 0x01adf409u, 0x00cf1412u, 0x0130140fu,
    0x015deb0du, 0x00e79d11u, 0x019c110au, 0x00ba4613u, 0x01873a0bu, 0x0187450bu, 0x0218b004u, 0x00e7ae11u,
    0x00a8c414u, 0x00cf2612u, 0x01174010u, 0x00e7bf11u, 0x00ba5913u, 0x01adfd09u, 0x01ae0609u, 0x0187500bu,
    0x01c54208u, 0x01175010u, 0x00e7d011u, 0x009bc715u, 0x01c54a08u, 0x019c1b0au, 0x01176010u, 0x00875918u,
    0x01d19607u, 0x0130230fu, 0x015df80du, 0x0130320fu, 0x01c55208u, 0x00e7e111u, 0x00ba6c13u, 0x00ba7f13u,
    0x014ae20eu, 0x014af00eu, 0x01177010u, 0x01d19d07u, 0x0130410fu, 0x01178010u, 0x01c55a08u, 0x01179010u,
    0x01ae0f09u, 0x0130500fu, 0x014afe0eu, 0x01c56208u, 0x01ae1809u, 0x01305f0fu, 0x019c250au, 0x014b0c0eu,
    0x00cf3812u, 0x01875b0bu, 0x00ba9213u, 0x01306e0fu, 0x009bdc15u, 0x00e7f211u, 0x015e050du, 0x019c2f0au,
    0x01ae2109u, 0x019c390au, 0x014b1a0eu, 0x015e120du, 0x01307d0fu, 0x014b280eu, 0x01308c0fu, 0x01ae2a09u,
    0x00baa513u, 0x00bab813u, 0x00877118u, 0x01309b0fu, 0x0171710cu, 0x0187660bu, 0x00ae5304u, 0x009bf115u,
    0x00a8d814u, 0x015e1f0du, 0x015e2c0du, 0x02125f05u, 0x01c04103u, 0x01c56a04u, 0x01c56a08u, 0x02126405u,
    0x00753b06u, 0x009c0615u, 0x01ae3309u, 0x01ae3c09u, 0x019c430au, 0x01c57208u, 0x014b360eu, 0x019c4d0au,
    0x014b440eu, 0x0187710bu, 0x0117a010u, 0x019c570au, 0x01717d0cu, 0x0218b404u, 0x01c57a08u, 0x01c58208u,
    0x01ae4509u, 0x01877c0bu, 0x0171890cu, 0x01e70f06u, 0x01613d08u, 0x0117b010u, 0x0117c010u, 0x0090e504u,
    0x00cf4a12u, 0x01c58a08u, 0x01e71506u, 0x015e390du, 0x00878918u, 0x00e80311u, 0x019c610au, 0x0171950cu,
    0x0171a10cu, 0x013de008u, 0x02126905u, 0x01b2c005u, 0x01ae4e09u, 0x0130aa0fu, 0x0171ad0cu, 0x00cf5c12u,
    0x0130b90fu, 0x00e81411u, 0x00cf6e12u, 0x01c59208u, 0x01ae5709u, 0x00cf8012u, 0x00a8ec14u, 0x00cf9212u,
    0x0087a118u, 0x007c941au, 0x0071fe1du, 0x0091f516u, 0x008c7717u, 0x008c8e17u, 0x0081b319u, 0x008ca517u,
    0x00920b16u, 0x0077881bu, 0x0077a31bu, 0x0087b918u, 0x00922116u, 0x009c1b15u, 0x00bacb13u, 0x009c3015u,
    0x0087d118u, 0x0081cc19u, 0x009c4515u, 0x00bade13u, 0x00a90014u, 0x00923716u, 0x0087e918u, 0x00924d16u,
    0x01d1a407u, 0x0171b90cu, 0x00baf113u, 0x00e82511u, 0x00e83611u, 0x0130c80fu, 0x0130d70fu, 0x00e84711u,
    0x014b520eu, 0x00d68d0du, 0x0130e60fu, 0x0130f50fu, 0x00e85811u, 0x00cfa412u, 0x01e71b06u, 0x01c59a08u,
    0x00cfb612u, 0x00cfc812u, 0x00e86911u, 0x00e87a11u, 0x00e88b11u, 0x00bb0413u, 0x009c5a15u, 0x0117d010u,
    0x00a91414u, 0x00bb1713u, 0x00bb2a13u, 0x0131040fu, 0x00e89c11u, 0x00cfda12u, 0x00720f0cu, 0x01ae6009u,
    0x00bb3d13u, 0x0171c50cu, 0x008cbc07u, 0x00cfec12u, 0x00926316u, 0x008cbc17u, 0x009c6f15u, 0x01c5a208u,
    0x016e1703u, 0x015e460du, 0x0187870bu, 0x015e530du, 0x00977d02u, 0x02126e05u, 0x01e72106u, 0x01e72706u,
    0x021a1603u, 0x02127305u, 0x01c4c505u, 0x01c5aa08u, 0x01c5b208u, 0x00974d02u, 0x01c4cd05u, 0x00c84102u,
    0x02127805u, 0x019c6b0au, 0x014b600eu, 0x014b6e0eu, 0x01c5ba08u, 0x00ea0506u, 0x01e72d06u, 0x00e8ad11u,
    0x0081c10bu, 0x0187920bu, 0x00bb5013u, 0x00cffe12u, 0x00bb6313u, 0x01e73306u, 0x01c5c208u, 0x01d1ab07u,
    0x01d1b207u, 0x014b7c0eu, 0x01879d0bu, 0x01d1b907u, 0x009acf11u, 0x01ae6909u, 0x0131130fu, 0x01ae7209u,
    0x014b8a0eu, 0x01ae7b09u, 0x0187a80bu, 0x0187b30bu, 0x0187be0bu, 0x01ae8409u, 0x019c750au, 0x015e600du,
    0x015e6d0du, 0x015e7a0du, 0x00bb7605u, 0x00bb7613u, 0x00d01012u, 0x01ae8d09u, 0x0171d10cu, 0x0171dd0cu,
    0x0171e90cu, 0x0171f50cu, 0x014b980eu, 0x00a92814u, 0x02127d05u, 0x0187c90bu, 0x00d02212u, 0x00e2920eu,
    0x0117e010u, 0x0131220fu, 0x0187d40bu, 0x01c5ca08u, 0x01ae9609u, 0x015e870du, 0x0172010cu, 0x009c8415u,
    0x00a93c14u, 0x02128205u, 0x01ae9f09u, 0x01d1c007u, 0x01c5d208u, 0x0076d604u, 0x01720d0cu, 0x0099c207u,
    0x00d03412u, 0x0131400fu, 0x009cc903u, 0x00bb8905u, 0x01c5da08u, 0x01c5e208u, 0x01c5ea08u, 0x01890206u,
    0x00bb8913u, 0x01d1c707u, 0x01479005u, 0x00dc0503u, 0x0187df0bu, 0x0172190cu, 0x00820702u, 0x01aea809u,
    0x019c890au, 0x01c5f208u, 0x02128705u, 0x0218b804u, 0x0187ea0bu, 0x00bb9602u, 0x0187f50bu, 0x00821102u,
    0x01aeb109u, 0x01e73906u, 0x013f5906u, 0x01e73f06u, 0x00bb9c13u, 0x01aeba09u, 0x019c930au, 0x01aec309u,
    0x01c5fa08u, 0x01aecc09u, 0x02128c05u, 0x0172250cu, 0x00add008u, 0x0172310cu, 0x00e8cf11u, 0x01d1ce07u,
    0x0218bc04u, 0x01d44004u, 0x0218c004u, 0x01c89604u, 0x01d1d507u, 0x01660605u, 0x01b02f05u, 0x02129105u,
    0x015e940du, 0x0117f010u, 0x00d04612u, 0x008cc90au, 0x01180010u, 0x019c9d0au, 0x01314f0fu, 0x021a1903u,
    0x01e74506u, 0x01c60208u, 0x01aed509u, 0x0218c404u, 0x00002f03u, 0x00bbaf13u, 0x00e8e011u, 0x00d05812u,
    0x00e8f111u, 0x00e90211u, 0x0077be1bu, 0x00e91311u, 0x00bbc213u, 0x00bbd513u, 0x00bbe813u, 0x018e0807u,
    0x018e1307u, 0x01aede03u, 0x01aede09u, 0x00012902u, 0x02129605u, 0x02129b05u, 0x0212a005u, 0x00927916u,
    0x0212a505u, 0x01315e0fu, 0x0212aa05u, 0x0212af05u, 0x0212b405u, 0x019ca70au, 0x015ea10du, 0x015eae0du,
    0x01b03805u, 0x0212b905u, 0x01723d0cu, 0x01e75106u, 0x01aee709u, 0x01e75706u, 0x01e75d06u, 0x00018d02u,
    0x01aef009u, 0x0218c804u, 0x0212be05u, 0x02190e03u, 0x00a95014u, 0x00a96414u, 0x00a97814u, 0x00a98c14u,
    0x00bbfb13u, 0x01181010u, 0x014ba60eu, 0x01182010u, 0x01183010u, 0x00bc0e13u, 0x01184010u, 0x00e92411u,
    0x01185010u, 0x0212c305u, 0x01316d0fu, 0x0105750eu, 0x014bb40eu, 0x014bc20eu, 0x015ebb0du, 0x00e93511u,
    0x01317c0fu, 0x014bd00eu, 0x01e76306u, 0x01318b0fu, 0x015ec80du, 0x00e94611u, 0x00066602u, 0x005c7c21u,
    0x01aef909u, 0x01b04105u, 0x01c60a08u, 0x015ed50du, 0x00e95711u, 0x00720b02u, 0x0212c805u, 0x01186010u,
    0x00d06a12u, 0x0188000bu, 0x00bc2113u, 0x01e76906u, 0x015ee20du, 0x01e76f06u, 0x0218cc04u, 0x01319a0fu,
    0x019cb104u, 0x019cb10au, 0x019cbb0au, 0x00004502u, 0x0172490cu, 0x0172550cu, 0x01af0209u, 0x0172610cu,
    0x01af0b09u, 0x019cc50au, 0x019ccf0au, 0x0131a90fu, 0x01af1409u, 0x019cd90au, 0x019ce30au, 0x01af1d09u,
    0x01127a06u, 0x01880b0bu, 0x0212cd05u, 0x0212d205u, 0x0212d705u, 0x0212dc05u, 0x01b04a05u, 0x014bde0eu,
    0x00c63f0du, 0x014bec0eu, 0x01726d0cu, 0x01187010u, 0x014bfa0eu, 0x0131c70fu, 0x00e96811u, 0x00bc3413u,
    0x00bc4713u, 0x008cd317u, 0x01188010u, 0x00752703u, 0x01e77506u, 0x019ced0au, 0x01e77b06u, 0x01e78106u,
    0x01e78706u, 0x01e78d06u, 0x01e79306u, 0x0081e519u, 0x00928f16u, 0x0092a516u, 0x00a9a014u, 0x009c9915u,
    0x019cf70au, 0x01af2609u, 0x0188160bu, 0x0172790cu, 0x019d010au, 0x0172850cu, 0x01e79906u, 0x01e79f06u,
    0x01e7a506u, 0x01e7ab06u, 0x01c61208u, 0x00813204u, 0x01d1e307u, 0x01d1ea07u, 0x01d1f107u, 0x01d1f807u,
    0x01d1ff07u, 0x01d20607u, 0x01d20d07u, 0x01d21407u, 0x01d21b07u, 0x01d22207u, 0x01d22907u, 0x01d23007u,
    0x01d23707u, 0x0191e407u, 0x01d23e07u, 0x01d24507u, 0x01d24c07u, 0x01d25307u, 0x01d25a07u, 0x01d26107u,
    0x01d26807u, 0x01d26f07u, 0x01d27607u, 0x01d27d07u, 0x01d28407u, 0x01d28b07u, 0x01d29207u, 0x01d29907u,
    0x01d2a007u, 0x01d2a707u, 0x01d2ae07u, 0x01d2b507u, 0x01d2bc07u, 0x01d2c307u, 0x00433d03u, 0x01e7b106u,
    0x0188210bu, 0x0083af03u, 0x0172910cu, 0x01d2ca07u, 0x008cea17u, 0x00d07c12u, 0x01af2f09u, 0x00754109u,
    0x014c160eu, 0x01e7b706u, 0x00004503u, 0x006cd609u, 0x01e7bd06u, 0x01e7c306u, 0x01e7c906u, 0x01e7cf06u,
    0x01e7d506u, 0x019d0b0au, 0x01e7db06u, 0x01e7e106u, 0x01e7e706u, 0x01e7ed06u, 0x01e7f306u, 0x01e7f906u,
    0x01e7ff06u, 0x01e80506u, 0x01e80b06u, 0x01e81106u, 0x01e81706u, 0x015efc0du, 0x0131d60fu, 0x01882c0bu,
    0x01d2d107u, 0x015f090du, 0x01e81d06u, 0x01189010u, 0x0188370bu, 0x014c240eu, 0x00151702u, 0x0212e105u,
    0x0212e605u, 0x0081fe19u, 0x0212eb05u, 0x01c61a08u, 0x01af3809u, 0x0188420bu, 0x014c320eu, 0x00880118u,
    0x01c62208u, 0x00a9b414u, 0x00d08e12u, 0x015f160du, 0x01884d0bu, 0x01c62a08u, 0x01c63208u, 0x01af4109u,
    0x01104e02u, 0x00078002u, 0x0212f005u, 0x014c400eu, 0x01af4a09u, 0x0212f505u, 0x0118a010u, 0x00567902u,
    0x00d0a012u, 0x0118b010u, 0x00bc5a13u, 0x00d0b212u, 0x00d0c412u, 0x00d0d612u, 0x0118c010u, 0x00bc6d13u,
    0x015f230du, 0x015f300du, 0x015f3d0du, 0x009cae15u, 0x01729d0cu, 0x0092bb16u, 0x00e97911u, 0x00e98a11u,
    0x0131e50fu, 0x00821719u, 0x00d0e812u, 0x015f4a0du, 0x015f570du, 0x015f640du, 0x015f710du, 0x014c4e0eu,
    0x015f7e0du, 0x00a9c814u, 0x0131f40fu, 0x0132030fu, 0x00bc8013u, 0x0132120fu, 0x0118d010u, 0x00a9dc14u,
    0x00bc9313u, 0x014c5c0eu, 0x00e99b11u, 0x00d0fa12u, 0x014c6a0eu, 0x0118e010u, 0x0118f010u, 0x00881918u,
    0x009cc315u, 0x0132210fu, 0x00bca613u, 0x00e9ac11u, 0x00d10c12u, 0x0132300fu, 0x01190010u, 0x01191010u,
    0x01323f0fu, 0x00d11e12u, 0x01c63a08u, 0x00a9f014u, 0x01324e0fu, 0x00e9bd11u, 0x00bcb913u, 0x01192010u,
    0x00d13012u, 0x009cd815u, 0x01c64208u, 0x01193010u, 0x0188580bu, 0x0172a90cu, 0x0188630bu, 0x00e9ce11u,
    0x01194010u, 0x00aa0414u, 0x00e9df11u, 0x01886e0bu, 0x0172b50cu, 0x0188790bu, 0x0172c10cu, 0x00aa1814u,
    0x0172cd0cu, 0x0172d90cu, 0x01325d0fu, 0x01326c0fu, 0x01195010u, 0x01196010u, 0x01197010u, 0x00e9f011u,
    0x00bccc13u, 0x01af5309u, 0x01af5c09u, 0x0212fa05u, 0x0172e50cu, 0x0172f10cu, 0x0172fd0cu, 0x00ea0111u,
    0x01198010u, 0x01e82306u, 0x00bcdf13u, 0x011cc60au, 0x00bcf213u, 0x00ea1211u, 0x019d150au, 0x01af6509u,
    0x019d1f0au, 0x014c780eu, 0x01199010u, 0x00bd0513u, 0x00aa2c14u, 0x009ced15u, 0x00ab610bu, 0x00bd1813u,
    0x00aa4014u, 0x01d2d807u, 0x01d2df07u, 0x01327b0fu, 0x0119a010u, 0x00aa5414u, 0x00567903u, 0x01c64a08u,
    0x015f8b0du, 0x019d290au, 0x014c860eu, 0x00012502u, 0x0212ff05u, 0x02130405u, 0x0149a806u, 0x01af6e09u,
    0x02130905u, 0x006db11eu, 0x00aa6814u, 0x00ea2311u, 0x0119b010u, 0x0119c010u, 0x014c940eu, 0x00d14212u,
    0x00bef404u, 0x00bd2b13u, 0x01328a0fu, 0x01c65208u, 0x0132990fu, 0x00bd3e13u, 0x00ea3411u, 0x01e82906u,
    0x01269e03u, 0x00d15412u, 0x019d330au, 0x019d3d0au, 0x01d2e607u, 0x0188840bu, 0x00ea4511u, 0x00d16612u,
    0x01000011u, 0x00d17812u, 0x00aa7c14u, 0x0119d010u, 0x0119e010u, 0x009d0215u, 0x00d18a12u, 0x01001111u,
    0x01002211u, 0x014ca20eu, 0x00951b08u, 0x00bd5113u, 0x01d36506u, 0x0152e00cu, 0x02130e05u, 0x0119f010u,
    0x0091fc0fu, 0x00d19c12u, 0x014cb00eu, 0x00d1ae12u, 0x00d1c012u, 0x0092d116u, 0x008c7e10u, 0x00aa9014u,
    0x009d1715u, 0x0218d004u, 0x00d1d212u, 0x00bd6413u, 0x011a0010u, 0x01e82f06u, 0x01e83506u, 0x01af7709u,
    0x01c65a08u, 0x0130080cu, 0x00d1e412u, 0x0218d404u, 0x01888f0bu, 0x019d470au, 0x021a1c03u, 0x0074361cu,
    0x00aaa414u, 0x01af8009u, 0x015f980du, 0x01e83b06u, 0x00108402u, 0x00d1f612u, 0x0218d804u, 0x01d2ed07u,
    0x01d2f407u, 0x00d20812u, 0x00883118u, 0x015fa50du, 0x019d510au, 0x01af8909u, 0x01af9209u, 0x01d2fb07u,
    0x01af9b09u, 0x0132a80fu, 0x0173090cu, 0x019d5b0au, 0x019d650au, 0x01889a0bu, 0x02131305u, 0x0188a50bu,
    0x01d30207u, 0x01c66208u, 0x00823019u, 0x01166203u, 0x02131805u, 0x021a1f03u, 0x00bd7713u, 0x00bd8a13u,
    0x00bd9d13u, 0x021a2203u, 0x021a2503u, 0x00946502u, 0x0132b70fu, 0x0218dc04u, 0x01e84106u, 0x01003311u,
    0x01afa409u, 0x011a1010u, 0x0188b00bu, 0x0173150cu, 0x019d6f0au, 0x01afad09u, 0x01e84706u, 0x0173210cu,
    0x0132c60fu, 0x014cbe03u, 0x019d790au, 0x014cbe0eu, 0x01732d0cu, 0x0132d50fu, 0x0173390cu, 0x015fb203u,
    0x015fb20du, 0x01c66a08u, 0x00721902u, 0x01afb609u, 0x01e84d06u, 0x0188bb0bu, 0x01c67208u, 0x01d30907u,
    0x01d31007u, 0x0151fc04u, 0x02131d05u, 0x01e85306u, 0x0092e716u, 0x02132205u, 0x01e85906u, 0x01d31707u,
    0x01d31e07u, 0x01e85f06u, 0x02132705u, 0x0218e004u, 0x01d06c04u, 0x01afbf09u, 0x01afc809u, 0x01afd109u,
    0x01afda09u, 0x01afe309u, 0x01afec09u, 0x01aff509u, 0x01affe09u, 0x01b00709u, 0x01e86506u, 0x01b01009u,
    0x01b01909u, 0x01b02209u, 0x01b02b09u, 0x01b03409u, 0x01b03d06u, 0x01b03d09u, 0x01b04609u, 0x01b04f09u,
    0x01b05809u, 0x01b06109u, 0x01214709u, 0x01b06a09u, 0x01b07309u, 0x01b07c09u, 0x01b08509u, 0x01b08e09u,
    0x01b09709u, 0x01b0a009u, 0x01b0a909u, 0x01b0b209u, 0x01b0bb09u, 0x01b0c409u, 0x01b0cd09u, 0x01b0d609u,
    0x01b0df09u, 0x01b0e809u, 0x01b0f109u, 0x01b0fa09u, 0x01b10309u, 0x01b10c09u, 0x01b11509u, 0x01b11e09u,
    0x01e86b06u, 0x01b12709u, 0x01b13009u, 0x01b13909u, 0x01b14206u, 0x01b14209u, 0x01b14b09u, 0x01b15409u,
    0x01b15d09u, 0x01b16609u, 0x007d0214u, 0x007d1c14u, 0x007d3614u, 0x015fbf0du, 0x01d32507u, 0x01004411u,
    0x00aab814u, 0x0132e40fu, 0x019d830au, 0x009d2c15u, 0x009d4115u, 0x009d5615u, 0x011a2010u, 0x0132f30fu,
    0x008d0117u, 0x00bdb013u, 0x008c9c09u, 0x007f7a0cu, 0x0092fd16u, 0x0133020fu, 0x00d21a12u, 0x00d22c12u,
    0x011a3010u, 0x00bdc313u, 0x00d23e12u, 0x00d25012u, 0x00d26212u, 0x011a4010u, 0x00aacc14u, 0x00aae014u,
    0x00bdd613u, 0x01005511u, 0x011a5010u, 0x01b16f09u, 0x0188c60bu, 0x0188d10bu, 0x01b17809u, 0x01006611u,
    0x01007711u, 0x00aaf414u, 0x011a6010u, 0x0133110fu, 0x015fcc0du, 0x014ccc0eu, 0x008d1817u, 0x00931316u,
    0x01008811u, 0x00d27412u, 0x00ab0814u, 0x01009911u, 0x00ab1c14u, 0x0100aa11u, 0x00bde913u, 0x00ab3014u,
    0x00d28612u, 0x011a7010u, 0x009d6b15u, 0x00932916u, 0x011a8010u, 0x00bdfc13u, 0x008d2f17u, 0x0100bb11u,
    0x00884918u, 0x009d8015u, 0x011a9010u, 0x015fd90du, 0x0133200fu, 0x00ab4414u, 0x0100cc11u, 0x007cf10bu,
    0x014cda0eu, 0x00ab5814u, 0x00be0f13u, 0x009d9515u, 0x00ab6c14u, 0x0173450cu, 0x014ce80eu, 0x01332f0fu,
    0x014cf60eu, 0x00be2213u, 0x0100dd11u, 0x00be3513u, 0x014d040eu, 0x0100ee11u, 0x01333e0fu, 0x01c67a08u,
    0x019d8d0au, 0x0173510cu, 0x015fe60du, 0x0188dc0bu, 0x009daa15u, 0x01334d0fu, 0x019d970au, 0x0100ff11u,
    0x01335c0fu, 0x019da10au, 0x01b18109u, 0x019dab0au, 0x019db50au, 0x00be4813u, 0x011aa010u, 0x011ab010u,
    0x014d120eu, 0x01011011u, 0x01012111u, 0x00d29812u, 0x01336b0fu, 0x01013211u, 0x00d2aa12u, 0x01337a0fu,
    0x011ac010u, 0x00d2bc12u, 0x00933f16u, 0x015ff30du, 0x01014311u, 0x0133890fu, 0x011ad010u, 0x00be5b13u,
    0x00935516u, 0x01015411u, 0x019dbf0au, 0x01016511u, 0x0133980fu, 0x00d2ce12u, 0x0133a70fu, 0x0188e70bu,
    0x01017611u, 0x009dbf15u, 0x00be6e13u, 0x01018711u, 0x00d2e012u, 0x01e87106u, 0x0160000du, 0x0133b60fu,
    0x00936b16u, 0x014d200eu, 0x00d2f212u, 0x00ab8014u, 0x00be8113u, 0x014d2e0eu, 0x01600d0du, 0x01601a0du,
    0x00be9413u, 0x00d30412u, 0x011ae010u, 0x00ab9414u, 0x009dd415u, 0x00938116u, 0x009de915u, 0x009dfe15u,
    0x00d31612u, 0x01019811u, 0x009e1315u, 0x0101a911u, 0x00d32812u, 0x00aba814u, 0x014d3c0eu, 0x00d33a12u,
    0x00d34c12u, 0x00d35e12u, 0x0133c50fu, 0x0133d40fu, 0x0218e404u, 0x01d32c07u, 0x002ace02u, 0x0188f20bu,
    0x0160270du, 0x0160340du, 0x01735d0cu, 0x0101ba11u, 0x0115130du, 0x00abbc14u, 0x01e87706u, 0x01c68208u,
    0x0188fd0bu, 0x0133e30fu, 0x019dc90au, 0x0160410du, 0x01604e0du, 0x014d4a0eu, 0x021a2803u, 0x014a8302u,
    0x02132c05u, 0x00a27002u, 0x02133105u, 0x0173690cu, 0x0189080bu, 0x019dd30au, 0x019ddd0au, 0x019de70au,
    0x0133f20fu, 0x0134010fu, 0x01b18a09u, 0x01d33307u, 0x007d6702u, 0x0188cb03u, 0x00bea713u, 0x01605b0du,
    0x0160680du, 0x01522004u, 0x0173750cu, 0x01d33a07u, 0x0189130bu, 0x0134100fu, 0x011af010u, 0x01891e0bu,
    0x00beba13u, 0x00becd13u, 0x00abd014u, 0x01d34107u, 0x01d34807u, 0x0189290bu, 0x0189340bu, 0x009e2803u,
    0x014d580eu, 0x00d37012u, 0x011b0010u, 0x009e2815u, 0x014d660eu, 0x01e87d06u, 0x0173810cu, 0x014d740eu,
    0x00d38212u, 0x00abe414u, 0x0160750du, 0x01341f0fu, 0x01b19309u, 0x01342e0fu, 0x01893f0bu, 0x0160820du,
    0x014d820eu, 0x0101cb11u, 0x00d39412u, 0x014d900eu, 0x008d4617u, 0x01343d0fu, 0x01608f0du, 0x01609c0du,
    0x0160a90du, 0x00d3a612u, 0x00d3b812u, 0x00abf814u, 0x011b1010u, 0x011b2010u, 0x0101dc11u, 0x00ac0c14u,
    0x011b3010u, 0x00824919u, 0x0101ed11u, 0x009e3d15u, 0x00ac2014u, 0x00d3ca12u, 0x00bee013u, 0x00826219u,
    0x00827b19u, 0x00bef313u, 0x00ac3414u, 0x01d35d07u, 0x01894a0bu, 0x01d36404u, 0x01d36407u, 0x014d9e0eu,
    0x00ac4814u, 0x00ac5c14u, 0x01344c0fu, 0x01345b0fu, 0x0160b60du, 0x01c68a08u, 0x01c69208u, 0x019df10au,
    0x01381a02u, 0x02133605u, 0x01738d0cu, 0x00812802u, 0x00bf0613u, 0x01346a0fu, 0x014dac0eu, 0x009e5215u,
    0x0160c30du, 0x009c5208u, 0x014dba0eu, 0x011b4010u, 0x02133b05u, 0x0101fe11u, 0x0134790fu, 0x0134880fu,
    0x011b5010u, 0x0134970fu, 0x0160d00du, 0x0134a60fu, 0x00d3dc12u, 0x0173990cu, 0x014dc80eu, 0x00d3ee12u,
    0x0134b50fu, 0x00829407u, 0x00bf1913u, 0x00829419u, 0x019dfb0au, 0x00d40012u, 0x019e050au, 0x0160dd0du,
    0x011b6010u, 0x01b19c09u, 0x014dd60eu, 0x014de40eu, 0x0173a50cu, 0x014df20eu, 0x01c69a08u, 0x0160ea0du,
    0x0134c40fu, 0x01b1a509u, 0x0189550bu, 0x0160f70du, 0x00d41212u, 0x01e88306u, 0x0189600bu, 0x009e6715u,
    0x0161040du, 0x01020f11u, 0x0134d30fu, 0x014e000eu, 0x01e88906u, 0x00ac7014u, 0x009e7c15u, 0x00d42412u,
    0x00bf2c13u, 0x0161110du, 0x01611e0du, 0x01612b0du, 0x00d43612u, 0x00d44812u, 0x0134e20fu, 0x00d45a12u,
    0x00ac8414u, 0x00bf3f13u, 0x011b7010u, 0x011b8010u, 0x00ac9814u, 0x0134f10fu, 0x01b1ae09u, 0x00869c02u,
    0x0218e804u, 0x021a2b03u, 0x0173b10cu, 0x00977902u, 0x01b1b709u, 0x02134005u, 0x02134505u, 0x0173bd0cu,
    0x019e0f0au, 0x01b1c009u, 0x019e190au, 0x0173c90cu, 0x00b61003u, 0x0218ec04u, 0x0173d50cu, 0x0135000fu,
    0x01350f0fu, 0x0161380du, 0x01351e0fu, 0x011b9010u, 0x01d36b07u, 0x02134a05u, 0x01b05305u, 0x00939716u,
    0x0093ad16u, 0x00acac14u, 0x011ba010u, 0x0161450du, 0x0173e10cu, 0x01022011u, 0x01352d0fu, 0x014e0e0eu,
    0x00bf5213u, 0x00d46c12u, 0x008d240bu, 0x00acc014u, 0x00bf6513u, 0x0161520du, 0x01023111u, 0x00bf7813u,
    0x00d47e12u, 0x01024211u, 0x00bf8b13u, 0x00bf9e13u, 0x011bb010u, 0x00d4a212u, 0x00acd414u, 0x00ace814u,
    0x01353c0fu, 0x01b1c909u, 0x00acfc14u, 0x01025311u, 0x01026411u, 0x01b1d209u, 0x00ad1014u, 0x011bc010u,
    0x01027511u, 0x00d4b412u, 0x00d4c612u, 0x00886118u, 0x01c6a208u, 0x011bd010u, 0x01028611u, 0x011be010u,
    0x011bf010u, 0x00bfb113u, 0x009e9115u, 0x00bfc413u, 0x01896b0bu, 0x0189760bu, 0x0173ed0cu, 0x00bfd713u,
    0x01c6aa08u, 0x01615f0du, 0x01029711u, 0x02134f05u, 0x0189810bu, 0x01898c0bu, 0x01d37207u, 0x0173f90cu,
    0x0174050cu, 0x01616c0du, 0x0174110cu, 0x019e230au, 0x00b56b02u, 0x019e2d0au, 0x01741d0cu, 0x0087cb02u,
    0x01b05c05u, 0x01d37907u, 0x01354b0fu, 0x0102a811u, 0x00d4d812u, 0x0102b911u, 0x0088b905u, 0x0088b908u,
    0x014e1c0eu, 0x0102ca11u, 0x01355a0fu, 0x01a6d002u, 0x0174290cu, 0x0218f004u, 0x0218f404u, 0x0009c002u,
    0x0174350cu, 0x01b06505u, 0x014e2a0eu, 0x0135690fu, 0x00433825u, 0x00435d25u, 0x005c9d21u, 0x00438225u,
    0x0043a725u, 0x00515b23u, 0x00517e23u, 0x0062b320u, 0x0062d320u, 0x0062f320u, 0x00631320u, 0x00633320u,
    0x01d38007u, 0x019e370au, 0x01b1db09u, 0x019e410au, 0x01c6b208u, 0x0074521cu, 0x0077d91bu, 0x00635320u,
    0x00637320u, 0x00639320u, 0x00746e1cu, 0x0063b320u, 0x0063d320u, 0x0063f320u, 0x006dcf1eu, 0x006ded1eu,
    0x00748a1cu, 0x0074a61cu, 0x0077f41bu, 0x00780f1bu, 0x00782a1bu, 0x0074c21cu, 0x0078451bu, 0x0078601bu,
    0x00787b1bu, 0x0078961bu, 0x0078b11bu, 0x0189970bu, 0x019e4b0au, 0x02135405u, 0x01b1e409u, 0x008aae04u,
    0x014e380eu, 0x01b1ed09u, 0x0189a20bu, 0x019e550au, 0x01d38707u, 0x01b1f609u, 0x01d38e07u, 0x019e5f0au,
    0x0161790du, 0x01b1ff09u, 0x01b20809u, 0x01d39507u, 0x0189ad0bu, 0x0009c003u, 0x01e88f06u, 0x01b21109u,
    0x01e89506u, 0x01d39c07u, 0x019e690au, 0x0189b80bu, 0x01321703u, 0x01d3a307u, 0x01e89b06u, 0x01321706u,
    0x01e8a106u, 0x01c6ba08u, 0x005dde02u, 0x00d4ea12u, 0x00d4fc12u, 0x0096e002u, 0x02135905u, 0x0135780fu,
    0x00c0d403u, 0x02135e05u, 0x01744d0cu, 0x014e460eu, 0x0174590cu, 0x0174650cu, 0x0135870fu, 0x00a0cd05u,
    0x0174710cu, 0x019e730au, 0x01b21a09u, 0x0161860du, 0x01c6c208u, 0x01c6ca08u, 0x01d3b107u, 0x01b22309u,
    0x01e8a706u, 0x01a80f06u, 0x02136305u, 0x019e7d0au, 0x0094cf04u, 0x01747d0cu, 0x01b22c09u, 0x0174890cu,
    0x019e870au, 0x0161930du, 0x01d3b807u, 0x019e910au, 0x01e8ad06u, 0x01c6d208u, 0x01b23509u, 0x01b23e09u,
    0x01c6da08u, 0x0189c30bu, 0x02136805u, 0x019e9b0au, 0x01b24709u, 0x02136d05u, 0x02137205u, 0x0218f804u,
    0x00433c02u, 0x012ca905u, 0x014c4509u, 0x01b25009u, 0x01b25909u, 0x01b26209u, 0x01b26b09u, 0x01b27409u,
    0x01b27d09u, 0x01b28609u, 0x01b28f09u, 0x01b29809u, 0x01e8b306u, 0x01b2a109u, 0x01b2aa09u, 0x01b2b309u,
    0x01b2bc09u, 0x01b2c509u, 0x01b2ce09u, 0x01b2d709u, 0x01b2e009u, 0x01b2e909u, 0x01b2f209u, 0x01b2fb09u,
    0x01b30409u, 0x01b30d09u, 0x01b31609u, 0x01b31f09u, 0x01b32809u, 0x01b33109u, 0x01b33a09u, 0x01b34309u,
    0x01b34c09u, 0x01b35509u, 0x01b35e09u, 0x01b36709u, 0x01b37009u, 0x01b37909u, 0x01b38209u, 0x01b38b09u,
    0x01b39409u, 0x01b39d09u, 0x01b3a609u, 0x01b3af09u, 0x01b3b809u, 0x01b3c109u, 0x01b3ca09u, 0x01b3d309u,
    0x01b3dc09u, 0x01b3e509u, 0x01b3ee09u, 0x01b3f709u, 0x01b40009u, 0x01b40909u, 0x01b41209u, 0x0161a00du,
    0x0218fc04u, 0x01d3bf07u, 0x01b41b09u, 0x0108ab04u, 0x0161ad0du, 0x01b42409u, 0x01e8b906u, 0x01c6e208u,
    0x019ea50au, 0x014e5404u, 0x0161ba0du, 0x014e540eu, 0x014e620eu, 0x0174950cu, 0x02137705u, 0x0174a10cu,
    0x0174ad0cu, 0x0174b90cu, 0x0135960fu, 0x01b42d09u, 0x0189ce0bu, 0x01d3c607u, 0x02190004u, 0x01d3cd07u,
    0x01b43609u, 0x0174c50cu, 0x0083ae04u, 0x0102ec11u, 0x014e700eu, 0x0161c70du, 0x008c6404u, 0x0189d90bu,
    0x011c0010u, 0x01e8bf06u, 0x019eaf0au, 0x004e0d02u, 0x01e8c503u, 0x01e8c506u, 0x01b46b03u, 0x02137c05u,
    0x02138105u, 0x01b43f09u, 0x02138604u, 0x02138605u, 0x0161d40du, 0x0135a50fu, 0x014e7e0eu, 0x01e8cb06u,
    0x02138b05u, 0x01d3d407u, 0x0189ef0bu, 0x01d3db07u, 0x01ce9c06u, 0x0161e10du, 0x0161ee0du, 0x0174d10cu,
    0x00d50e12u, 0x014e8c0eu, 0x019eb90au, 0x014e9a0eu, 0x019ec30au, 0x01b44809u, 0x01b45109u, 0x019ecd0au,
    0x01e8d106u, 0x0161fb03u, 0x019ed70au, 0x0174dd0cu, 0x0161fb0du, 0x01e8d706u, 0x01e8dd06u, 0x0174e90cu,
    0x0189fa0bu, 0x01d3e207u, 0x01c6ea08u, 0x007cae1au, 0x007cc81au, 0x01e8e306u, 0x018a050bu, 0x01b45a09u,
    0x01c6f208u, 0x0174f50cu, 0x014ea80eu, 0x01c6fa08u, 0x00904505u, 0x02139005u, 0x018a100bu, 0x018a1b0bu,
    0x019ee10au, 0x00d52012u, 0x00e95804u, 0x019eeb0au, 0x018a260bu, 0x01b46309u, 0x01503806u, 0x01b46c09u,
    0x00ad2414u, 0x01082f03u, 0x0175010cu, 0x01030e11u, 0x00c8d602u, 0x00005102u, 0x00753e02u, 0x01b47509u,
    0x02139505u, 0x02139a05u, 0x01a2e903u, 0x01b47e09u, 0x01e8e906u, 0x01e8ef06u, 0x01e8f506u, 0x01e8fb06u,
    0x01e90106u, 0x01e90706u, 0x01e90d06u, 0x01a2e904u, 0x0071e702u, 0x01b48709u, 0x02139f05u, 0x018a310bu,
    0x01c70208u, 0x01b49009u, 0x019ef50au, 0x01c70a08u, 0x0187040au, 0x019eff0au, 0x018a3c0bu, 0x019f090au,
    0x01c71208u, 0x01bbbe07u, 0x01c71a08u, 0x01b49909u, 0x01c72208u, 0x01b4a209u, 0x01c72a08u, 0x02190404u,
    0x01e91306u, 0x019f130au, 0x019f1d0au, 0x00a50002u, 0x01b4ab09u, 0x0213a405u, 0x01d3e907u, 0x00131902u,
    0x019f270au, 0x01b4b409u, 0x0093c316u, 0x02190804u, 0x01ddab04u, 0x00002302u, 0x01b4bd09u, 0x01b4c609u,
    0x01214b05u, 0x01b4cf09u, 0x01b4d809u, 0x018a470bu, 0x011c1010u, 0x0162080du, 0x01e91906u, 0x01031f11u,
    0x019f310au, 0x0162150du, 0x01034111u, 0x00ad4c14u, 0x011c2010u, 0x02190c04u, 0x014eb60eu, 0x01d3f007u,
    0x01d3f707u, 0x011c3010u, 0x00b91f06u, 0x011c4010u, 0x01e91f06u, 0x0093d916u, 0x008d5d17u, 0x014ec40eu,
    0x019f3b0au, 0x0162220du, 0x019f450au, 0x01b4e109u, 0x0093ef16u, 0x00134303u, 0x019f4f0au, 0x01b4ea09u,
    0x01b4f309u, 0x0213a905u, 0x01622f0du, 0x01035211u, 0x0135b40fu, 0x019f590au, 0x01c73208u, 0x00499303u,
    0x014ed20eu, 0x011c5010u, 0x01e92506u, 0x01b4fc09u, 0x01b50509u, 0x019f630au, 0x01b50e09u, 0x011c6006u,
    0x01b51709u, 0x011c6010u, 0x01d3fe07u, 0x01750d0cu, 0x01c73a08u, 0x01b52009u, 0x00d53212u, 0x00d54412u,
    0x0135c30fu, 0x01623c0du, 0x00bfea13u, 0x00bffd13u, 0x00d55612u, 0x01c74208u, 0x011c7010u, 0x0135d20fu,
    0x01036311u, 0x01e92b06u, 0x01b52909u, 0x0175190cu, 0x01b53209u, 0x00d56812u, 0x009ea615u, 0x00c01013u,
    0x011c8010u, 0x01037411u, 0x00c02313u, 0x00ad6014u, 0x00940516u, 0x00c03613u, 0x011c9010u, 0x011ca010u,
    0x008d7417u, 0x00778f14u, 0x00ad7414u, 0x00d57a12u, 0x009ebb15u, 0x011cb010u, 0x01e93106u, 0x0162490du,
    0x018a520bu, 0x01b53b09u, 0x0213ae05u, 0x020c6d05u, 0x00811c03u, 0x00340102u, 0x0213b305u, 0x01c74a08u,
    0x017c4908u, 0x01c75208u, 0x01c75a08u, 0x008c3102u, 0x01b06e05u, 0x00076502u, 0x005cbe21u, 0x0068491fu,
    0x01d49305u, 0x01b54409u, 0x0213b805u, 0x01998c05u, 0x0213bd05u, 0x0213c205u, 0x01d40507u, 0x0213c705u,
    0x0213cc05u, 0x0213d105u, 0x0213d605u, 0x0166a205u, 0x00b8ef03u, 0x01e93706u, 0x01e93d06u, 0x01e94306u,
    0x01e94906u, 0x01e94f06u, 0x01e95506u, 0x01e95b06u, 0x01e96106u, 0x01d40c07u, 0x01e96706u, 0x01e96d06u,
    0x019f6d0au, 0x019f770au, 0x00c04905u, 0x019f810au, 0x01c76208u, 0x01c76a08u, 0x00c04913u, 0x0175250cu,
    0x0162560du, 0x018a5d0bu, 0x00d58c12u, 0x01038511u, 0x0175310cu, 0x02191004u, 0x0135e10fu, 0x0162630du,
    0x0162700du, 0x014ee00eu, 0x01753d0cu, 0x00ad8814u, 0x015e5709u, 0x01b54d09u, 0x01b55609u, 0x01b55f09u,
    0x01c77208u, 0x00d59e12u, 0x02191404u, 0x01c77a08u, 0x019f8b0au, 0x00818703u, 0x0113bc04u, 0x019f950au,
    0x01c78205u, 0x01c78208u, 0x018a680bu, 0x0175490cu, 0x019f9f0au, 0x0135f00fu, 0x0115f30du, 0x01d41307u,
    0x008b6802u, 0x01b56809u, 0x01b57109u, 0x009ee515u, 0x009efa15u, 0x009f0f15u, 0x00778702u, 0x0213db05u,
    0x0213e005u, 0x012b2305u, 0x0213e505u, 0x0135ff0fu, 0x01b57a09u, 0x01360e0fu, 0x01361d0fu, 0x01b58309u,
    0x01362c0fu, 0x01363b0fu, 0x019fa90au, 0x01039611u, 0x011caa06u, 0x01b58c09u, 0x01b59509u, 0x00d5b012u,
    0x01364a0fu, 0x0136590fu, 0x0136680fu, 0x01628a0du, 0x00d5c212u, 0x00c05c13u, 0x0136770fu, 0x00c06f13u,
    0x0136860fu, 0x00d5d412u, 0x00d5e612u, 0x0162970du, 0x0056f003u, 0x01e97306u, 0x01e97906u, 0x01e97f06u,
    0x01e98506u, 0x01e98b06u, 0x01e99106u, 0x01e99706u, 0x01e99d06u, 0x01e9a306u, 0x01e9a906u, 0x01e9af06u,
    0x01e9b506u, 0x01e9bb06u, 0x01e9c106u, 0x01e9c706u, 0x01e9cd06u, 0x01e9d306u, 0x01e9d906u, 0x01e9df06u,
    0x01e9e506u, 0x01e9eb06u, 0x01e9f106u, 0x01e9f706u, 0x01e9fd06u, 0x01ea0306u, 0x01ea0906u, 0x01ea0f06u,
    0x01ea1506u, 0x01ea1b06u, 0x01ea2106u, 0x01ea2706u, 0x01ea2d06u, 0x01ea3306u, 0x01ea3906u, 0x01ea3f06u,
    0x01ea4506u, 0x01ea4b06u, 0x01ea5106u, 0x01ea5706u, 0x02000006u, 0x02000606u, 0x02000c06u, 0x02001206u,
    0x02001806u, 0x02001e06u, 0x02002406u, 0x02002a06u, 0x02003006u, 0x02003606u, 0x02003c06u, 0x02004206u,
    0x02004806u, 0x02004e06u, 0x02005406u, 0x02005a06u, 0x02006006u, 0x02006606u, 0x02006c06u, 0x02007206u,
    0x02007806u, 0x02007e06u, 0x02008406u, 0x02008a06u, 0x02009006u, 0x01c78a08u, 0x01b59e09u, 0x0103a711u,
    0x00d5f812u, 0x01b5a709u, 0x0103b811u, 0x00ad9c14u, 0x00887918u, 0x0103c911u, 0x0136950fu, 0x00c08213u,
    0x00adb014u, 0x007ce21au, 0x00adc414u, 0x00c09513u, 0x00941b16u, 0x00943116u, 0x00889118u, 0x011cc010u,
    0x009f2415u, 0x00add814u, 0x00944716u, 0x008d8b17u, 0x008da217u, 0x008db917u, 0x008dd017u, 0x0088a918u,
    0x0103da11u, 0x0136a40fu, 0x0136b30fu, 0x01b5b009u, 0x01d41a07u, 0x014eee04u, 0x014eee0eu, 0x018a730bu,
    0x0175550cu, 0x00c0a813u, 0x014efc0eu, 0x011cd010u, 0x00944d10u, 0x018a7e04u, 0x018a7e0bu, 0x0162a40du,
    0x018a890bu, 0x018a940bu, 0x01b5b909u, 0x0162b10du, 0x0103eb11u, 0x0136c20fu, 0x0103fc11u, 0x0136d10fu,
    0x011ce010u, 0x00bdfe11u, 0x01040d11u, 0x00d60a12u, 0x011cf010u, 0x0136e00fu, 0x00adec14u, 0x00c0bb13u,
    0x0162be0du, 0x006db003u, 0x0136ef0fu, 0x014f0a0eu, 0x0136fe0fu, 0x01370d0fu, 0x00d61c12u, 0x011d0010u,
    0x019fb30au, 0x014f180eu, 0x00d62e12u, 0x0162cb0du, 0x00c0ce13u, 0x01041e11u, 0x011d1010u, 0x00779a09u,
    0x014f260eu, 0x01042f11u, 0x01371c0fu, 0x00945d16u, 0x01044011u, 0x0162d80du, 0x00ae0014u, 0x00c0e113u,
    0x00938c0bu, 0x00ae1414u, 0x01372b0fu, 0x011d2010u, 0x00ae2814u, 0x00d64012u, 0x00ae3c14u, 0x011d3010u,
    0x01373a0fu, 0x00c0f413u, 0x011d4010u, 0x01045111u, 0x0175610cu, 0x008d0002u, 0x01b5c209u, 0x0213ea05u,
    0x01d42107u, 0x01d42807u, 0x00433702u, 0x019fbd03u, 0x019fbd0au, 0x01101603u, 0x0093d803u, 0x019fc70au,
    0x02009606u, 0x002aab02u, 0x02093705u, 0x01b08905u, 0x00768e02u, 0x01756d0cu, 0x0162e50du, 0x0213ef05u,
    0x0196ee05u, 0x01b09205u, 0x019fd10au, 0x0137490fu, 0x0094ea04u, 0x01d42f07u, 0x01d43607u, 0x01d43d07u,
    0x01d44407u, 0x01136606u, 0x01046211u, 0x01b5cb09u, 0x00ae5014u, 0x00c10713u, 0x0162f20du, 0x02009c06u,
    0x00b21304u, 0x019fdb0au, 0x014f340eu, 0x014f420eu, 0x01b5d409u, 0x01d44b07u, 0x01c79208u, 0x01c79a08u,
    0x00ab4603u, 0x01091c03u, 0x0137580fu, 0x0162ff0du, 0x0200a206u, 0x01c7a208u, 0x01b5dd09u, 0x00ae6403u,
    0x00ae6414u, 0x0200a806u, 0x0200ae06u, 0x01d45207u, 0x01c7aa05u, 0x01c7aa08u, 0x0175790cu, 0x01d45907u,
    0x011d5010u, 0x0088c118u, 0x01c7b208u, 0x0137670fu, 0x011d6010u, 0x009f3915u, 0x0200b406u, 0x01630c0du,
    0x018a9f0bu, 0x018aaa0bu, 0x01b5e609u, 0x00d65212u, 0x009f4e15u, 0x011d7010u, 0x01047311u, 0x01048411u,
    0x00d66412u, 0x0200ba06u, 0x009f6315u, 0x00c11a13u, 0x01c7ba08u, 0x0200c006u, 0x00ae7814u, 0x019fe50au,
    0x018ab50bu, 0x01d46007u, 0x01049511u, 0x008d2804u, 0x0104a611u, 0x018ac00bu, 0x014f500eu, 0x0104b711u,
    0x01631903u, 0x0213f405u, 0x0163190du, 0x007d5a02u, 0x01e23c05u, 0x00972202u, 0x0009d702u, 0x01c4d505u,
    0x019fef0au, 0x00318228u, 0x00007202u, 0x0200c606u, 0x01b5ef09u, 0x0213f905u, 0x0213fe05u, 0x01b5f809u,
    0x01d46707u, 0x01b09b05u, 0x003fd903u, 0x0200cc06u, 0x0200d206u, 0x002f2702u, 0x01b60109u, 0x01b60a09u,
    0x02140305u, 0x01b61309u, 0x01b0a405u, 0x0202ce03u, 0x002f2703u, 0x0059fe02u, 0x0104c811u, 0x011d8010u,
    0x00d67612u, 0x0163260du, 0x00c12d13u, 0x01d46e07u, 0x01b61c09u, 0x019ff90au, 0x00c14013u, 0x011d9010u,
    0x00ae8c14u, 0x018acb0bu, 0x00c15313u, 0x0137760fu, 0x0200d806u, 0x01b62509u, 0x0088d918u, 0x00d68812u,
    0x01b62e06u, 0x01b62e09u, 0x01b63709u, 0x01b64009u, 0x00e9a005u, 0x01b64909u, 0x01b65209u, 0x018ad60bu,
    0x0137850fu, 0x00d69a12u, 0x01b65b09u, 0x0039a402u, 0x0001be02u, 0x01b66409u, 0x00d6ac12u, 0x004fbc02u,
    0x007c6902u, 0x0137940fu, 0x0163330du, 0x01759d0cu, 0x02140805u, 0x02140d05u, 0x0163400du, 0x0137a30fu,
    0x02141205u, 0x01b66d09u, 0x02141705u, 0x009f7815u, 0x01a0030au, 0x01b67609u, 0x0175a90cu, 0x018ae10bu,
    0x01634d0du, 0x01635a0du, 0x01c7c208u, 0x01a00d0au, 0x014f5e0eu, 0x018aec0bu, 0x018af70bu, 0x014f6c0eu,
    0x0175b50cu, 0x0163670du, 0x01c7ca08u, 0x01c7d208u, 0x01c7da08u, 0x01c7e208u, 0x0175c10cu, 0x01d47507u,
    0x0175cd0cu, 0x018b020bu, 0x0175d90cu, 0x014f7a0eu, 0x0104d911u, 0x0175e50cu, 0x018b0d0bu, 0x01b67f09u,
    0x01b68809u, 0x01a0170au, 0x011da010u, 0x0175f10cu, 0x00dc5509u, 0x018b180bu, 0x0137b20fu, 0x0163740du,
    0x014f880eu, 0x011db010u, 0x01a0210au, 0x01b69109u, 0x018b230bu, 0x01d47c07u, 0x01b69a09u, 0x014f960eu,
    0x0099570fu, 0x0175fd0cu, 0x01b6a309u, 0x00aea014u, 0x00aeb414u, 0x00aec814u, 0x011dc010u, 0x0163810du,
    0x0137c10fu, 0x0137d00fu, 0x0137df0fu, 0x0137ee0fu, 0x00d6be12u, 0x00c16610u, 0x00c16613u, 0x0137fd0fu,
    0x01380c0fu, 0x01381b0fu, 0x01382a0fu, 0x0138390fu, 0x0138480fu, 0x0138570fu, 0x011dd010u, 0x0138660fu,
    0x0138750fu, 0x0138840fu, 0x0138930fu, 0x014fa40eu, 0x01638e0du, 0x018b2e0bu, 0x01c7ea08u, 0x0176090cu,
    0x01b6ac09u, 0x01a02b0au, 0x01845202u, 0x02191804u, 0x0105c304u, 0x00006b02u, 0x00e5bc05u, 0x01d48307u,
    0x0104ea11u, 0x009ded03u, 0x01639b0du, 0x0082ad19u, 0x0104fb11u, 0x01050c11u, 0x008d5409u, 0x011de010u,
    0x00c17913u, 0x00d6d012u, 0x00c18c13u, 0x0138a20fu, 0x00c19f13u, 0x0089d60bu, 0x00aedc14u, 0x00d6e212u,
    0x00c1b213u, 0x00c1c513u, 0x011df010u, 0x0138b10fu, 0x011e0010u, 0x0138c00fu, 0x01480f06u, 0x0138cf0fu,
    0x0138de0fu, 0x011e1010u, 0x01051d11u, 0x00926a0fu, 0x00aef014u, 0x00c1d813u, 0x00af0414u, 0x00d6f412u,
    0x009f8d15u, 0x00826615u, 0x011e2010u, 0x01052e11u, 0x01053f11u, 0x00947316u, 0x01055011u, 0x009fa215u,
    0x011e3010u, 0x0138ed0fu, 0x01056111u, 0x00af1814u, 0x0088f118u, 0x009fb715u, 0x00890918u, 0x00c1eb13u,
    0x00af2c14u, 0x00d70612u, 0x01c7f208u, 0x01a0350au, 0x01a03f0au, 0x01a0490au, 0x0163a80du, 0x01a0530au,
    0x00af4004u, 0x01d48a07u, 0x01d49107u, 0x01d49807u, 0x01d49f07u, 0x01d4a607u, 0x01d4ad07u, 0x01d4b407u,
    0x01d4bb07u, 0x01d4c207u, 0x01d4c907u, 0x01d4d007u, 0x01d4d707u, 0x01d4de07u, 0x01d4e507u, 0x01d4ec07u,
    0x01d4f307u, 0x00c1fe13u, 0x00c21113u, 0x00af4014u, 0x00d71812u, 0x01057211u, 0x01b6b509u, 0x0163b50du,
    0x01058311u, 0x01059411u, 0x011e4010u, 0x00d72a12u, 0x00d73c12u, 0x011e5010u, 0x011e6010u, 0x011e7010u,
    0x0176150cu, 0x00c22413u, 0x0138fc0fu, 0x01390b0fu, 0x0105a511u, 0x00d74e12u, 0x01b6be09u, 0x01b6c709u,
    0x00925c07u, 0x0176210cu, 0x00d76012u, 0x01391a0fu, 0x01c7fa08u, 0x009fcc15u, 0x00c23713u, 0x018b390bu,
    0x01b6d009u, 0x0139290fu, 0x008de717u, 0x0200de06u, 0x0200e406u, 0x01c80208u, 0x011e8010u, 0x01a05d0au,
    0x0105b611u, 0x018b440bu, 0x0139380fu, 0x01c80a08u, 0x018b4f0bu, 0x02191c04u, 0x00d77212u, 0x02141c05u,
    0x00def003u, 0x00279502u, 0x01adcb05u, 0x01b0ad05u, 0x02142105u, 0x0016ac02u, 0x008c8905u, 0x02142605u,
    0x02142b05u, 0x02143005u, 0x02143505u, 0x01b0b605u, 0x01762d0cu, 0x00915403u, 0x014fb20eu, 0x01a0670au,
    0x00d78412u, 0x018b5a0bu, 0x0139470fu, 0x0139560fu, 0x0139650fu, 0x01c81208u, 0x018b650bu, 0x0139740fu,
    0x01a0710au, 0x01b6d909u, 0x0070d803u, 0x014fc00eu, 0x0200ea06u, 0x0200f006u, 0x0200f606u, 0x0200fc06u,
    0x02010206u, 0x02010806u, 0x02010e06u, 0x02011406u, 0x02011a06u, 0x02012006u, 0x02012606u, 0x02012c06u,
    0x02013206u, 0x02013806u, 0x02013e06u, 0x02014406u, 0x02014a06u, 0x02015006u, 0x02015606u, 0x02015c06u,
    0x02016206u, 0x02016806u, 0x02016e06u, 0x02017406u, 0x02017a06u, 0x02018006u, 0x014e8506u, 0x02018606u,
    0x02018c06u, 0x02019206u, 0x02019806u, 0x02019e06u, 0x0201a406u, 0x0201aa06u, 0x0201b006u, 0x0201b606u,
    0x0201bc06u, 0x01a07b0au, 0x0201c206u, 0x0201c806u, 0x0201ce06u, 0x0201d406u, 0x0201da06u, 0x0201e006u,
    0x0201e606u, 0x0201ec06u, 0x0201f206u, 0x0201f806u, 0x0201fe06u, 0x02020406u, 0x02020a06u, 0x02021006u,
    0x02021606u, 0x02021c06u, 0x02022206u, 0x02022806u, 0x01883106u, 0x02022e06u, 0x02023406u, 0x02023a06u,
    0x02024006u, 0x02024606u, 0x02024c06u, 0x02025206u, 0x02025806u, 0x02025e06u, 0x02026406u, 0x02026a06u,
    0x02027006u, 0x02027606u, 0x02027c06u, 0x02028206u, 0x02028806u, 0x02028e06u, 0x02029406u, 0x02029a06u,
    0x0202a006u, 0x0202a606u, 0x0202ac06u, 0x0202b206u, 0x0202b806u, 0x0202be06u, 0x0202c406u, 0x0202ca06u,
    0x0202d006u, 0x0202d606u, 0x0202dc06u, 0x0202e206u, 0x0202e806u, 0x0202ee06u, 0x0202f406u, 0x0202fa06u,
    0x02030006u, 0x02030606u, 0x02030c06u, 0x02031206u, 0x02031806u, 0x02031e06u, 0x02032406u, 0x02032a06u,
    0x02033006u, 0x02033606u, 0x02033c06u, 0x02034206u, 0x02034806u, 0x02034e06u, 0x02035406u, 0x02035a06u,
    0x02036006u, 0x02036606u, 0x02036c06u, 0x02037206u, 0x02037806u, 0x02037e06u, 0x02038406u, 0x02038a06u,
    0x02039006u, 0x02039606u, 0x02039c06u, 0x0203a206u, 0x0203a806u, 0x0203ae06u, 0x0203b406u, 0x0203ba06u,
    0x0203c006u, 0x0203c606u, 0x0203cc06u, 0x0203d206u, 0x0203d806u, 0x0203de06u, 0x0203e406u, 0x0203ea06u,
    0x0203f006u, 0x0203f606u, 0x0203fc06u, 0x02040206u, 0x02040806u, 0x02040e06u, 0x02041406u, 0x02041a06u,
    0x02042006u, 0x02042606u, 0x01d4fa07u, 0x01d50107u, 0x0176390cu, 0x01b6e209u, 0x018b700bu, 0x01d50807u,
    0x00a27607u, 0x01d50f07u, 0x00a4b603u, 0x00b3f404u, 0x01d51607u, 0x019a6204u, 0x01a0850au, 0x02143a05u,
    0x0105c711u, 0x00813302u, 0x02143f05u, 0x01a08f03u, 0x01a08f0au, 0x018b7b0bu, 0x00433e02u, 0x01b6eb09u,
    0x01b6f409u, 0x00b83403u, 0x02042c06u, 0x02043206u, 0x02043806u, 0x02043e06u, 0x02044406u, 0x014fce0eu,
    0x014fdc0eu, 0x01b6fd09u, 0x01b70609u, 0x017ed108u, 0x018b860bu, 0x01b70f09u, 0x0163c20du, 0x01b0bf05u,
    0x02126d03u, 0x01a0990au, 0x02044a06u, 0x00012402u, 0x02045006u, 0x02045606u, 0x02045c06u, 0x00af5414u,
    0x00c24a13u, 0x01dd2f04u, 0x011e9010u, 0x008ddd0au, 0x00d79612u, 0x011ea010u, 0x00af6814u, 0x011eb010u,
    0x011ec010u, 0x0139830fu, 0x02192004u, 0x011ed010u, 0x01b71809u, 0x011ee010u, 0x018b910bu, 0x02144405u,
    0x01a0a30au, 0x018b9c0bu, 0x0176450cu, 0x02144905u, 0x0139920fu, 0x00af7c14u, 0x009fe115u, 0x02046206u,
    0x011ef010u, 0x014fea0eu, 0x00948916u, 0x00d7a812u, 0x008dfe17u, 0x00d7ba12u, 0x00af9014u, 0x009ff615u,
    0x00afa414u, 0x00afb814u, 0x00afcc14u, 0x0082c619u, 0x00a00b15u, 0x00a02015u, 0x00afe014u, 0x0082df19u,
    0x008e1517u, 0x0139a10fu, 0x008e2c17u, 0x00d7cc12u, 0x00d7de12u, 0x02046806u, 0x02046e06u, 0x018ba70bu,
    0x011f0010u, 0x01a0ad0au, 0x018bb20bu, 0x00c25d13u, 0x01b0c805u, 0x0082f819u, 0x0074fa02u, 0x0074fa1cu,
    0x02144e05u, 0x01b72109u, 0x01c4dd05u, 0x02145305u, 0x01b0d105u, 0x00001302u, 0x01b72a09u, 0x01c81a08u,
    0x018bbd0bu, 0x01a0b70au, 0x01b73309u, 0x01b73c09u, 0x01b74509u, 0x00d59905u, 0x00c27013u, 0x008e4317u,
    0x01a0c10au, 0x0163cf0du, 0x0163dc0du, 0x007cfc1au, 0x007d161au, 0x007d301au, 0x0163e90du, 0x0105d811u,
    0x0139b00fu, 0x011f1010u, 0x01d51d07u, 0x01b74e09u, 0x01d52407u, 0x01d52b07u, 0x02145805u, 0x02047406u,
    0x02048006u, 0x02048606u, 0x02048c06u, 0x02049206u, 0x02049806u, 0x02049e06u, 0x0204a406u, 0x0204aa06u,
    0x0204b006u, 0x0204b606u, 0x0204bc06u, 0x0204c206u, 0x0204c806u, 0x0204ce06u, 0x0204d406u, 0x01b75709u,
    0x01d53207u, 0x01d53907u, 0x011f2010u, 0x00aff414u, 0x01c82208u, 0x01d54007u, 0x014ff80eu, 0x0176510cu,
    0x01765d0cu, 0x01a0cb0au, 0x0075161cu, 0x018bc80bu, 0x0150060eu, 0x0176690cu, 0x011f3010u, 0x00c28313u,
    0x0204da06u, 0x0163f60du, 0x011f4010u, 0x011f5010u, 0x0204e006u, 0x018bd30bu, 0x018bde0bu, 0x0031aa28u,
    0x0043cc25u, 0x0043f125u, 0x00441625u, 0x002aac29u, 0x002ad529u, 0x00443b25u, 0x00446025u, 0x005cdf21u,
    0x00643320u, 0x00448525u, 0x0044aa25u, 0x0044cf25u, 0x005d0021u, 0x005d2121u, 0x0044f425u, 0x00451925u,
    0x00453e25u, 0x00456325u, 0x0051a123u, 0x00645320u, 0x004bd424u, 0x0031d228u, 0x0051c423u, 0x0051e723u,
    0x005d4221u, 0x005d6321u, 0x005d8421u, 0x00647320u, 0x00649320u, 0x0064b320u, 0x00520a23u, 0x00522d23u,
    0x005da521u, 0x0064d320u, 0x0064f320u, 0x00651320u, 0x004bf824u, 0x004c1c24u, 0x00653320u, 0x00655320u,
    0x0139bf0fu, 0x018be90bu, 0x018bf40bu, 0x00af1c10u, 0x018bff0bu, 0x0105e911u, 0x018c0a0bu, 0x0204e606u,
    0x0204ec06u, 0x01b76009u, 0x0164030du, 0x00812903u, 0x018c150bu, 0x018c200bu, 0x0204f206u, 0x018c2b0bu,
    0x0204f806u, 0x02145d05u, 0x00a03515u, 0x008daa02u, 0x00b69503u, 0x021a2e03u, 0x02146205u, 0x0204fe06u,
    0x0149070du, 0x02050406u, 0x01a0d50au, 0x02146705u, 0x002b0a05u, 0x01b76909u, 0x01c4e505u, 0x02146c05u,
    0x01b77209u, 0x02050a06u, 0x02051006u, 0x00e07603u, 0x008dd802u, 0x02147105u, 0x02147605u, 0x0139ce0fu,
    0x00d7f012u, 0x00d80212u, 0x01c82a08u, 0x01b0da05u, 0x02147b05u, 0x02148005u, 0x00831119u, 0x00832a19u,
    0x01b0e305u, 0x01b77b09u, 0x01c83208u, 0x00815e03u, 0x02051c06u, 0x01d54707u, 0x011f6010u, 0x0088c302u,
    0x0164100du, 0x01b78409u, 0x02192404u, 0x02192804u, 0x01d54e07u, 0x007d4a1au, 0x00949f16u, 0x011f7010u,
    0x0150220eu, 0x0105fa11u, 0x00a04a15u, 0x0094eb03u, 0x00c29613u, 0x01060b11u, 0x02052206u, 0x0150300eu,
    0x00834319u, 0x00835c19u, 0x01a0df0au, 0x00d82612u, 0x01c83a08u, 0x0176750cu, 0x0139dd0fu, 0x00892118u,
    0x014dbb0du, 0x0191d205u, 0x01503e0eu, 0x00c2a913u, 0x01d55507u, 0x01c84208u, 0x01b78d09u, 0x02052806u,
    0x01504c0eu, 0x01c84a08u, 0x01505a0eu, 0x02148505u, 0x02148a05u, 0x01c4ed05u, 0x02052e06u, 0x00e54006u,
    0x01061c11u, 0x011f8010u, 0x018c360bu, 0x011f9010u, 0x02148f05u, 0x02149405u, 0x0176810cu, 0x01641d0du,
    0x011fa010u, 0x00d83812u, 0x00a8b60eu, 0x011fb010u, 0x0139ec0fu, 0x011fc010u, 0x01062d11u, 0x018c410bu,
    0x011fd010u, 0x00e4d80cu, 0x011fe010u, 0x011ff010u, 0x0139fb0fu, 0x008d9111u, 0x01063e11u, 0x01b0ec05u,
    0x0150680eu, 0x013a0a0fu, 0x01768d0cu, 0x013a190fu, 0x01200010u, 0x00d84a12u, 0x00c2bc13u, 0x0150760eu,
    0x01a0e90au, 0x01201010u, 0x018c4c0bu, 0x00c2cf13u, 0x01202010u, 0x00b83e07u, 0x0176990cu, 0x013a280fu,
    0x018c570bu, 0x01203010u, 0x004bfe05u, 0x00d85c12u, 0x00bb1a10u, 0x0150840eu, 0x013a370fu, 0x008e0b0au,
    0x00d86e12u, 0x01204010u, 0x01a0f30au, 0x00d88012u, 0x01064f11u, 0x0150920eu, 0x00827107u, 0x0082710au,
    0x00d89212u, 0x00a05f15u, 0x008e3112u, 0x01b79609u, 0x00c2e213u, 0x00d8a412u, 0x01205010u, 0x01c4f505u,
    0x01c85208u, 0x018c6206u, 0x018c620bu, 0x013a460fu, 0x0150a00eu, 0x01b79f09u, 0x01b7a809u, 0x02192c04u,
    0x01a0fd0au, 0x01642a0du, 0x00003502u, 0x0095ad10u, 0x0150ae0eu, 0x00b04414u, 0x0164370du, 0x0176a50cu,
    0x02149905u, 0x01d55c07u, 0x0154830du, 0x0150bc0eu, 0x01206010u, 0x00b05814u, 0x00d8b612u, 0x01207010u,
    0x018c6d0bu, 0x00b06c14u, 0x01066011u, 0x01208010u, 0x0150ca0eu, 0x0176b10cu, 0x0176bd0cu, 0x0164440du,
    0x0176c90cu, 0x01b7c309u, 0x01b7cc09u, 0x02149e05u, 0x018c780bu, 0x00c2f513u, 0x01067111u, 0x00837519u,
    0x00d8c812u, 0x00b72503u, 0x00d02303u, 0x02053406u, 0x013a550fu, 0x0150d80eu, 0x01d56307u, 0x0164510du,
    0x0214a305u, 0x013a640fu, 0x00a4b203u, 0x00a4b206u, 0x00c30813u, 0x01b7d509u, 0x01b7de09u, 0x013a730fu,
    0x0176d50cu, 0x009b8d10u, 0x0176e10cu, 0x0120a010u, 0x00a07415u, 0x0176ed0cu, 0x0176f90cu, 0x01645e0du,
    0x0094b516u, 0x01b7e709u, 0x0120b010u, 0x021a3103u, 0x01d56a07u, 0x01068211u, 0x01a1070au, 0x01a1110au,
    0x01069304u, 0x01069311u, 0x013a820fu, 0x0150e60eu, 0x0150f40eu, 0x01c85a08u, 0x01a11b0au, 0x01c86208u,
    0x01b7f009u, 0x018c830bu, 0x0214a805u, 0x0214ad05u, 0x0214b205u, 0x0214b705u, 0x0214bc05u, 0x0214c105u,
    0x01d54205u, 0x0214c605u, 0x0214cb05u, 0x0214d005u, 0x0214d505u, 0x0214da05u, 0x0214df05u, 0x01b0fe05u,
    0x0177050cu, 0x0094cb06u, 0x01510206u, 0x0151020eu, 0x0073a703u, 0x02053a06u, 0x02054006u, 0x02054606u,
    0x02054c06u, 0x02055206u, 0x02055806u, 0x02055e06u, 0x02056406u, 0x02056a06u, 0x02057006u, 0x02057606u,
    0x02057c06u, 0x02058206u, 0x02058806u, 0x02058e06u, 0x02059406u, 0x02059a06u, 0x0205a006u, 0x0205a606u,
    0x0205ac06u, 0x0205b206u, 0x0205b806u, 0x0205be06u, 0x0205c406u, 0x0205ca06u, 0x0205d006u, 0x0205d606u,
    0x0205dc06u, 0x0205e206u, 0x0205e806u, 0x0205ee06u, 0x0205f406u, 0x0205fa06u, 0x02060006u, 0x02060606u,
    0x02060c06u, 0x02061206u, 0x02061806u, 0x02061e06u, 0x02062406u, 0x02062a06u, 0x02063006u, 0x02063606u,
    0x02063c06u, 0x02064206u, 0x02064806u, 0x02064e06u, 0x02065406u, 0x02065a06u, 0x02066006u, 0x02066606u,
    0x02066c06u, 0x02067206u, 0x02067806u, 0x02067e06u, 0x02068406u, 0x02068a06u, 0x02069006u, 0x02069606u,
    0x02069c06u, 0x0206a206u, 0x0206a806u, 0x0206ae06u, 0x0206b406u, 0x0206ba06u, 0x0206c006u, 0x0206c606u,
    0x0206cc06u, 0x0206d206u, 0x0206d806u, 0x0206de06u, 0x0206e406u, 0x0206ea06u, 0x0206f006u, 0x0206f606u,
    0x0206fc06u, 0x02070206u, 0x02070806u, 0x02070e06u, 0x02071406u, 0x02071a06u, 0x02072006u, 0x02072606u,
    0x02072c06u, 0x02073206u, 0x02073806u, 0x02073e06u, 0x02074406u, 0x02074a06u, 0x02075006u, 0x02075606u,
    0x02075c06u, 0x02076206u, 0x02076806u, 0x02076e06u, 0x02077406u, 0x02077a06u, 0x02078006u, 0x02078606u,
    0x02078c06u, 0x02079206u, 0x02079806u, 0x02079e06u, 0x0207a406u, 0x0207aa06u, 0x0207b006u, 0x0207b606u,
    0x0207bc06u, 0x0207c206u, 0x0207c806u, 0x0207ce06u, 0x0207d406u, 0x0207da06u, 0x0207e006u, 0x0207e606u,
    0x0207ec06u, 0x0207f206u, 0x0207f806u, 0x0207fe06u, 0x02080406u, 0x02080a06u, 0x01c86a06u, 0x01c86a08u,
    0x02081006u, 0x02081606u, 0x02081c06u, 0x02082206u, 0x02082806u, 0x02082e06u, 0x02083406u, 0x02083a06u,
    0x02084006u, 0x02084606u, 0x02084c06u, 0x02085206u, 0x02085806u, 0x02085e06u, 0x02086406u, 0x02086a06u,
    0x02087006u, 0x02087606u, 0x02087c06u, 0x02088206u, 0x02088806u, 0x02088e06u, 0x00904d06u, 0x02089406u,
    0x02089a06u, 0x0208a006u, 0x0208a606u, 0x0208ac06u, 0x0208b206u, 0x0208b806u, 0x0208be06u, 0x0208c406u,
    0x0208ca06u, 0x0208d006u, 0x0208d606u, 0x0208dc06u, 0x00cd7d07u, 0x01d57107u, 0x018c8e0bu, 0x018c990bu,
    0x01b7f909u, 0x01b80209u, 0x018ca40bu, 0x01b80b09u, 0x01c87208u, 0x01d57807u, 0x01646b0du, 0x013a910fu,
    0x0081dd05u, 0x0081dd08u, 0x00b08014u, 0x013aa00fu, 0x007d641au, 0x01b81409u, 0x0177110cu, 0x01d57f07u,
    0x0106a411u, 0x0124f10fu, 0x00c32e13u, 0x00c34113u, 0x0164780du, 0x019bf607u, 0x01b81d09u, 0x01a1250au,
    0x0151100eu, 0x01a12f0au, 0x01771d0cu, 0x0177290cu, 0x0164850du, 0x0214e405u, 0x0177350cu, 0x0177410cu,
    0x00d8da12u, 0x01511e0eu, 0x013aaf0fu, 0x0120c010u, 0x00d8ec12u, 0x013abe0fu, 0x0106b511u, 0x0208e206u,
    0x01c87a08u, 0x01512c0eu, 0x0106c611u, 0x00c35413u, 0x00a09e15u, 0x01513a0eu, 0x0164920du, 0x0120d010u,
    0x009f6606u, 0x013acd0fu, 0x00c36713u, 0x00904603u, 0x01649f0du, 0x01774d0cu, 0x01a1390au, 0x0120e010u,
    0x00c37a13u, 0x0177590cu, 0x01313903u, 0x0164ac0du, 0x013adc0fu, 0x00c38d13u, 0x0208e806u, 0x01b82609u,
    0x013aeb0fu, 0x0214e905u, 0x017b4c09u, 0x0214ee05u, 0x01096006u, 0x013afa0fu, 0x0120f010u, 0x00d8fe12u,
    0x01d58d07u, 0x018caf0bu, 0x0164b90du, 0x01210010u, 0x0214f305u, 0x0106d711u, 0x0177650cu, 0x013b090fu,
    0x02193004u, 0x01389e04u, 0x0177710cu, 0x0151480eu, 0x005dc602u, 0x01b83809u, 0x01b84109u, 0x0214f805u,
    0x01b84a09u, 0x01b10705u, 0x013b180fu, 0x00d91012u, 0x0078cc1bu, 0x00b09414u, 0x01777d0cu, 0x01b85309u,
    0x01c88208u, 0x005dc604u, 0x005dc621u, 0x01b85c09u, 0x01b86509u, 0x00893918u, 0x00b0a814u, 0x00d92212u,
    0x0094e116u, 0x01a14d0au, 0x01b86e09u, 0x01b87709u, 0x01b88009u, 0x012d7808u, 0x013b270fu, 0x01211010u,
    0x01212010u, 0x018cba0bu, 0x018cc50bu, 0x01213005u, 0x01213010u, 0x0164c60du, 0x01c88a08u, 0x01214010u,
    0x02193404u, 0x01c89208u, 0x00c75d08u, 0x0214fd05u, 0x01553d05u, 0x007d7e1au, 0x01b88909u, 0x01c89a08u,
    0x00e3a003u, 0x018cd00bu, 0x01b89209u, 0x02150205u, 0x01b89b09u, 0x01b8a409u, 0x02150705u, 0x02150c05u,
    0x02193804u, 0x02151105u, 0x01b8ad09u, 0x0070c502u, 0x02151605u, 0x01b8b609u, 0x02151b05u, 0x02152005u,
    0x01b8bf09u, 0x01b8c809u, 0x01b8d109u, 0x01c8a208u, 0x01c8aa08u, 0x01b8da09u, 0x0208ee06u, 0x0208f406u,
    0x0208fa06u, 0x01c8b208u, 0x01c8ba08u, 0x01c8c208u, 0x013b360fu, 0x01a17f0au, 0x01215010u, 0x013b450fu,
    0x01a1890au, 0x00e50c03u, 0x0091c802u, 0x02090006u, 0x02152505u, 0x02152a05u, 0x01a19d0au, 0x01b8e309u,
    0x02090606u, 0x0077a202u, 0x0164d30du, 0x0151560eu, 0x01c8ca08u, 0x02090c03u, 0x02090c06u, 0x01d59407u,
    0x02152f05u, 0x009cc805u, 0x018cdb0bu, 0x015d4906u, 0x01b8ec09u, 0x01b8f509u, 0x013b540fu, 0x02091206u,
    0x01b8fe09u, 0x02153405u, 0x01b90709u, 0x018ce60bu, 0x0106e811u, 0x012e7704u, 0x02091806u, 0x015a0708u,
    0x00927803u, 0x018cf10bu, 0x018cfc0bu, 0x018d070bu, 0x01a1a70au, 0x013b630fu, 0x01d59b07u, 0x01a1b10au,
    0x0177950cu, 0x0081e403u, 0x018d120bu, 0x01791a04u, 0x02193c04u, 0x01b91009u, 0x01d5a207u, 0x0106f911u,
    0x01d5a907u, 0x01a1bb0au, 0x01d5b007u, 0x013b720fu, 0x01a1c50au, 0x0177a10cu, 0x018b8c05u, 0x00824802u,
    0x0009bf02u, 0x01b91909u, 0x02153905u, 0x011c6605u, 0x013b900fu, 0x00a0b304u, 0x0164e00du, 0x0127350bu,
    0x00a0b30bu, 0x00a0b315u, 0x01b92209u, 0x02091e06u, 0x02092406u, 0x02092a06u, 0x01a1cf0au, 0x018d1d0bu,
    0x01a1d90au, 0x02093006u, 0x01c8d208u, 0x01c8da08u, 0x01216010u, 0x01273c04u, 0x00887802u, 0x02093606u,
    0x007cfb02u, 0x02153e05u, 0x02107d03u, 0x0191a209u, 0x02154305u, 0x02093c06u, 0x01a1e30au, 0x018d280bu,
    0x018d330bu, 0x018d3e0bu, 0x02194004u, 0x0151640eu, 0x01a1ed0au, 0x018d490bu, 0x02154805u, 0x018d540bu,
    0x02094206u, 0x02094806u, 0x02094e06u, 0x01b92b09u, 0x018d5f0bu, 0x01d5b707u, 0x0177ad0cu, 0x01a1f70au,
    0x0164ed0du, 0x0177b90cu, 0x01a2010au, 0x0177c50cu, 0x01b93409u, 0x0177d10cu, 0x02194404u, 0x0177dd0cu,
    0x018d6a0bu, 0x0177e90cu, 0x00d93412u, 0x01070a11u, 0x00d94612u, 0x00c3a013u, 0x017eb107u, 0x00d97404u,
    0x01d5be07u, 0x01217010u, 0x018d750bu, 0x01a20b0au, 0x0164fa0du, 0x01b93d09u, 0x01b94609u, 0x02154d05u,
    0x02155205u, 0x02155705u, 0x02155c05u, 0x02095406u, 0x01c8e208u, 0x0009e302u, 0x01b94f09u, 0x01b95809u,
    0x02156105u, 0x01b96109u, 0x02156605u, 0x01b11005u, 0x01c8ea08u, 0x02156b05u, 0x02095a06u, 0x02096006u,
    0x02096606u, 0x00d95812u, 0x00a0c815u, 0x012b1405u, 0x016fe70au, 0x01c8f208u, 0x01c8fa08u, 0x01c90208u,
    0x01b96a09u, 0x01b97309u, 0x013b9f0fu, 0x00838e19u, 0x0177f50cu, 0x01218010u, 0x02096c06u, 0x010d5c05u,
    0x010d5c0eu, 0x018d800bu, 0x01d5c507u, 0x01d5cc07u, 0x00895118u, 0x01d5d307u, 0x01d5da07u, 0x01d5e107u,
    0x0075321cu, 0x0009e303u, 0x02097206u, 0x02097806u, 0x02097e06u, 0x02098406u, 0x02098a06u, 0x02099006u,
    0x02099606u, 0x02099c06u, 0x0209a206u, 0x0209a806u, 0x0209ae06u, 0x01219010u, 0x0209b406u, 0x0165070du,
    0x0009e304u, 0x013bae0fu, 0x018d8b0bu, 0x01517204u, 0x01d5e807u, 0x01d5ef07u, 0x0151720eu, 0x018d960bu,
    0x0165140du, 0x02157005u, 0x0133e80au, 0x01c90a08u, 0x01a2150au, 0x01135503u, 0x01a21f0au, 0x018da10bu,
    0x01a2290au, 0x01d5f607u, 0x0178010cu, 0x00004b02u, 0x0209ba06u, 0x0209c006u, 0x01d5fd07u, 0x01d60407u,
    0x01738f0au, 0x018dac0bu, 0x0162f708u, 0x0095e802u, 0x01b97c09u, 0x02157505u, 0x02157a05u, 0x008bda03u,
    0x0209c606u, 0x008e7117u, 0x0209cc06u, 0x01d60b07u, 0x01d61207u, 0x01071b11u, 0x01a2330au, 0x01b98509u,
    0x0209d206u, 0x01b98e09u, 0x01b99709u, 0x01c91208u, 0x01a23d0au, 0x01d61907u, 0x018db70bu, 0x01b9a009u,
    0x01a2470au, 0x01a2510au, 0x02157f05u, 0x0209d806u, 0x0209de06u, 0x0165210du, 0x007f8502u, 0x0198b303u,
    0x00986602u, 0x0209e406u, 0x01652e0du, 0x01c91a08u, 0x009b0d12u, 0x02158405u, 0x02194804u, 0x00b5db02u,
    0x01d62007u, 0x01a25b0au, 0x02158905u, 0x01a45306u, 0x02158e05u, 0x0209ea06u, 0x01a2650au, 0x01a26f0au,
    0x01d62707u, 0x02194c04u, 0x0209f006u, 0x013bbd0fu, 0x01780d0cu, 0x018dc20bu, 0x0178190cu, 0x0178250cu,
    0x018dcd0bu, 0x0209f606u, 0x00929d05u, 0x0151800eu, 0x01a2790au, 0x0209fc06u, 0x02195004u, 0x018dd80bu,
    0x01329504u, 0x020a0206u, 0x00e4df05u, 0x020a0806u, 0x0178310cu, 0x01783d0cu, 0x01d62e07u, 0x01175405u,
    0x01c92208u, 0x01c92a08u, 0x01c93208u, 0x01c93a08u, 0x01c94208u, 0x00d98e12u, 0x00896918u, 0x00a0dd15u,
    0x01b9a909u, 0x01518e0eu, 0x01b9b209u, 0x018de30bu, 0x01c94a08u, 0x0178490cu, 0x018dee0bu, 0x01757207u,
    0x0178550cu, 0x00b0bc14u, 0x01073d11u, 0x020a0e06u, 0x020a1406u, 0x01c95208u, 0x0165480du, 0x01074e11u,
    0x018df90bu, 0x01a2830au, 0x0165550du, 0x018e1a0bu, 0x02159305u, 0x00b0d014u, 0x00b0e414u, 0x00b0f814u,
    0x020a1a06u, 0x00268602u, 0x02159805u, 0x02159d05u, 0x01210b05u, 0x0094f704u, 0x01519c0eu, 0x0151aa0eu,
    0x0094f716u, 0x0151b80eu, 0x0178610cu, 0x0165620au, 0x0165620du, 0x01c95a08u, 0x00b10c14u, 0x01d63507u,
    0x020a2006u, 0x01075f11u, 0x020a2606u, 0x020a2c06u, 0x020a3206u, 0x020a3806u, 0x01b9bb09u, 0x01b9c409u,
    0x01d63c07u, 0x013bcc0fu, 0x0066f603u, 0x020a3e06u, 0x0151c60eu, 0x01656f0du, 0x018e250bu, 0x013bdb0fu,
    0x020a4406u, 0x00d9a012u, 0x0121b010u, 0x01077011u, 0x013bea0fu, 0x0215a205u, 0x020a4a05u, 0x020a4a06u,
    0x02195404u, 0x01b9cd09u, 0x020a5006u, 0x020a5606u, 0x00c3b313u, 0x00c3c613u, 0x01c96208u, 0x01786d0cu,
    0x00758b03u, 0x018e300bu, 0x01a28d0au, 0x018e3b0bu, 0x00758b04u, 0x01d64307u, 0x0178790cu, 0x020a5c06u,
    0x020a6206u, 0x020a6806u, 0x0178850cu, 0x019caa07u, 0x01c96a08u, 0x015ea40au, 0x00a0d30au, 0x020a6e06u,
    0x00bcab0au, 0x01c97208u, 0x020a7406u, 0x01657c0du, 0x0165890du, 0x018e460bu, 0x00898118u, 0x0078e71bu,
    0x00754e1cu, 0x00d9b212u, 0x0151d40eu, 0x018e510bu, 0x0070cb04u, 0x0165960au, 0x0165960du, 0x01c97a08u,
    0x00838f06u, 0x017ea607u, 0x01a2970au, 0x01d64a07u, 0x0215a705u, 0x020a7a06u, 0x018e5c0bu, 0x0180a205u,
    0x01b3b305u, 0x018e670bu, 0x0083c019u, 0x0165a30du, 0x00bbae04u, 0x01b9d609u, 0x0215ac05u, 0x01c98208u,
    0x0151e20eu, 0x01d65107u, 0x0121c010u, 0x00a0f215u, 0x00950d16u, 0x01bb3a03u, 0x01b9df09u, 0x01b9e809u,
    0x01a2a10au, 0x0178910cu, 0x01789d0cu, 0x011d7203u, 0x020a8006u, 0x020a8606u, 0x0178a90cu, 0x018e720bu,
    0x012df103u, 0x00c3d913u, 0x008e8817u, 0x01c98a08u, 0x01c99208u, 0x0151f00eu, 0x01c99a08u, 0x01b9f109u,
    0x01b9fa09u, 0x01c4fd05u, 0x0215b105u, 0x00b12014u, 0x01ba0309u, 0x0215b605u, 0x01ba0c09u, 0x0009e402u,
    0x01ba1509u, 0x01ba1e09u, 0x01261b05u, 0x01ba2709u, 0x01d65807u, 0x00e9b105u, 0x01a2ab0au, 0x0215bb05u,
    0x01c9a208u, 0x020a8c06u, 0x00d9c412u, 0x01ba3009u, 0x01d65f07u, 0x01d66607u, 0x01bcdd08u, 0x01a2b50au,
    0x02195804u, 0x01c9aa08u, 0x01d66d07u, 0x013bf90fu, 0x00c3ec13u, 0x00c3ff13u, 0x00c41213u, 0x01ba3909u,
    0x01c9b208u, 0x01c9ba08u, 0x00c42513u, 0x01ba4209u, 0x01a2bf0au, 0x01ba4b09u, 0x01ba5409u, 0x01d67407u,
    0x00151202u, 0x0215c005u, 0x01ba5d09u, 0x01ba6609u, 0x0151fe0eu, 0x0165b00du, 0x00b13414u, 0x02195c04u,
    0x01d93005u, 0x00566c02u, 0x015f8506u, 0x01ba6f09u, 0x020a9206u, 0x020a9806u, 0x0215c505u, 0x00820504u,
    0x00820512u, 0x01c9c208u, 0x00b14803u, 0x01078111u, 0x00b14814u, 0x01ba7809u, 0x0215ca05u, 0x01944502u,
    0x020d3d03u, 0x01ba8109u, 0x00d9d612u, 0x01c9ca08u, 0x00d9e812u, 0x00b15c14u, 0x020a9e06u, 0x01520c0eu,
    0x01a2c90au, 0x018e7d0bu, 0x02196004u, 0x01af3d04u, 0x00d9fa12u, 0x00153e2eu, 0x0020082bu, 0x0000ac38u,
    0x00029735u, 0x0002cc35u, 0x00030135u, 0x00003a39u, 0x00007339u, 0x00033635u, 0x00036b35u, 0x0020332bu,
    0x00205e2bu, 0x00119f2fu, 0x0011ce2fu, 0x0020892bu, 0x0020b42bu, 0x0035af27u, 0x003d8526u, 0x0020df2bu,
    0x00210a2bu, 0x0021352bu, 0x0035d627u, 0x0035fd27u, 0x0021602bu, 0x00218b2bu, 0x0021b62bu, 0x0021e12bu,
    0x00220c2bu, 0x002afe29u, 0x003dab26u, 0x0026022au, 0x00156c2eu, 0x000a0731u, 0x000e9f30u, 0x0003a035u,
    0x0003d535u, 0x00040a35u, 0x000a3831u, 0x000a6931u, 0x00043f35u, 0x00047435u, 0x0004a935u, 0x0004de35u,
    0x00051335u, 0x00068033u, 0x000ecf30u, 0x00054834u, 0x0000e438u, 0x0006b333u, 0x0006e633u, 0x000a9a31u,
    0x000acb31u, 0x000afc31u, 0x000eff30u, 0x000f2f30u, 0x000f5f30u, 0x00071933u, 0x00074c33u, 0x000b2d31u,
    0x000f8f30u, 0x000fbf30u, 0x000fef30u, 0x00057c34u, 0x0005b034u, 0x00101f30u, 0x00104f30u, 0x002b2729u,
    0x002b5029u, 0x00362427u, 0x00364b27u, 0x00367227u, 0x003dd126u, 0x003df726u, 0x003e1d26u, 0x002b7929u,
    0x002ba229u, 0x00369927u, 0x003e4326u, 0x003e6926u, 0x003e8f26u, 0x00262c2au, 0x0026562au, 0x003eb526u,
    0x003edb26u, 0x007d981au, 0x0068871fu, 0x0068a61fu, 0x0068c51fu, 0x0079021bu, 0x0068e41fu, 0x0069031fu,
    0x00721b1du, 0x0026802au, 0x002bcb29u, 0x00458825u, 0x0045ad25u, 0x0045d225u, 0x0045f725u, 0x0072381du,
    0x00791d1bu, 0x007db21au, 0x007dcc1au, 0x007de61au, 0x0079381bu, 0x00527323u, 0x00529623u, 0x00573522u,
    0x0069221fu, 0x001c742cu, 0x002bf429u, 0x002c1d29u, 0x002c4629u, 0x0017342du, 0x0017612du, 0x002c6f29u,
    0x002c9829u, 0x0069411fu, 0x0069601fu, 0x0052b923u, 0x0052dc23u, 0x00697f1fu, 0x00699e1fu, 0x0079531bu,
    0x002cc129u, 0x0031fa28u, 0x00178e2du, 0x0017bb2du, 0x0017e82du, 0x002cea29u, 0x002d1329u, 0x0018152du,
    0x0018422du, 0x00186f2du, 0x00189c2du, 0x0018c92du, 0x0022372bu, 0x00322228u, 0x001ca02cu, 0x00107f30u,
    0x0022622bu, 0x00228d2bu, 0x002d3c29u, 0x002d6529u, 0x002d8e29u, 0x00324a28u, 0x00327228u, 0x00329a28u,
    0x0022b82bu, 0x0022e32bu, 0x002db729u, 0x0032c228u, 0x0032ea28u, 0x00331228u, 0x001ccc2cu, 0x001cf82cu,
    0x00333a28u, 0x00336228u, 0x007e001au, 0x007e1a1au, 0x006e471eu, 0x006e651eu, 0x007e341au, 0x007e4e1au,
    0x0036c027u, 0x0036e727u, 0x00370e27u, 0x00575722u, 0x00577922u, 0x00579b22u, 0x003f0126u, 0x0057bd22u,
    0x0057df22u, 0x0052ff23u, 0x00580122u, 0x00373527u, 0x00375c27u, 0x00378327u, 0x00532223u, 0x00534523u,
    0x0037aa27u, 0x0037d127u, 0x0037f827u, 0x00381f27u, 0x00384627u, 0x00461c25u, 0x00582322u, 0x003f2726u,
    0x0026aa2au, 0x0018f62du, 0x000b5e31u, 0x000b8f31u, 0x000bc031u, 0x0019232du, 0x0019502du, 0x000bf131u,
    0x000c2231u, 0x000c5331u, 0x000c8431u, 0x000cb531u, 0x0011fd2fu, 0x001d242cu, 0x0010af30u, 0x00122c2fu,
    0x00125b2fu, 0x00197d2du, 0x0019aa2du, 0x001d502cu, 0x001d7c2cu, 0x00128a2fu, 0x0012b92fu, 0x001da82cu,
    0x001dd42cu, 0x001e002cu, 0x0010df30u, 0x00110f30u, 0x001e2c2cu, 0x001e582cu, 0x00464125u, 0x00466625u,
    0x00536823u, 0x00538b23u, 0x0053ae23u, 0x00584522u, 0x00586722u, 0x00588922u, 0x00796e1bu, 0x00468b25u,
    0x0046b025u, 0x0053d123u, 0x0079891bu, 0x0079a41bu, 0x0058ab22u, 0x0058cd22u, 0x0058ef22u, 0x003f4d26u,
    0x003f7326u, 0x00591122u, 0x00593322u, 0x0079bf1bu, 0x0121d010u, 0x007e681au, 0x0069bd1fu, 0x0069dc1fu,
    0x0069fb1fu, 0x0079da1bu, 0x0079f51bu, 0x006a1a1fu, 0x006a391fu, 0x006a581fu, 0x006a771fu, 0x006a961fu,
    0x0072551du, 0x007e821au, 0x006e831eu, 0x00595522u, 0x0046d525u, 0x004c4024u, 0x002de029u, 0x002e0929u,
    0x002e3229u, 0x0046fa25u, 0x00471f25u, 0x002e5b29u, 0x002e8429u, 0x002ead29u, 0x002ed629u, 0x002eff29u,
    0x00386d27u, 0x004c6424u, 0x00338a28u, 0x001e842cu, 0x00389427u, 0x0038bb27u, 0x00474425u, 0x00476925u,
    0x00478e25u, 0x004c8824u, 0x004cac24u, 0x004cd024u, 0x0038e227u, 0x00390927u, 0x0047b325u, 0x004cf424u,
    0x004d1824u, 0x004d3c24u, 0x0033b228u, 0x0033da28u, 0x004d6024u, 0x004d8424u, 0x0072721du, 0x00728f1du,
    0x007a101bu, 0x007a2b1bu, 0x007a461bu, 0x007e9c1au, 0x007eb61au, 0x007ed01au, 0x00c43813u, 0x0072ac1du,
    0x0083d919u, 0x0083f219u, 0x018e9e0bu, 0x0072c91du, 0x007a611bu, 0x00c44b13u, 0x00c45e13u, 0x00da0c12u,
    0x00da1e12u, 0x007eea1au, 0x01521a0eu, 0x007f041au, 0x007f1e1au, 0x006ea11eu, 0x006ebf1eu, 0x007f381au,
    0x007f521au, 0x0009c802u, 0x006edd1eu, 0x0215cf05u, 0x020aa406u, 0x0215d405u, 0x01ba8a09u, 0x01ba9309u,
    0x01a6f809u, 0x01148b05u, 0x018ea90bu, 0x01c9d208u, 0x0152280eu, 0x01ba9c09u, 0x013c080fu, 0x00a69b04u,
    0x00a69b06u, 0x018eb40bu, 0x00c9fb07u, 0x0178b50cu, 0x01079211u, 0x00952316u, 0x00da3012u, 0x0152360eu,
    0x00da4212u, 0x0165bd0du, 0x0077b40au, 0x00da5412u, 0x0107a311u, 0x0107b411u, 0x0107c511u, 0x0152440eu,
    0x013c170fu, 0x0121e010u, 0x0152520eu, 0x0121f010u, 0x0152600eu, 0x00953916u, 0x01220010u, 0x00da6612u,
    0x013c260fu, 0x00b17014u, 0x01526e0eu, 0x01221010u, 0x0083e206u, 0x013c350fu, 0x0178c10cu, 0x0107d611u,
    0x01baa509u, 0x00a10715u, 0x013c440fu, 0x0165ca0du, 0x0165d70du, 0x01527c0eu, 0x020aaa06u, 0x018ebf0bu,
    0x01c9da08u, 0x0009c804u, 0x01a2dd0au, 0x0215d905u, 0x01baae09u, 0x01a2e70au, 0x01c9e208u, 0x018eca0bu,
    0x0178cd0cu, 0x01222010u, 0x00a11c15u, 0x0178d90cu, 0x01c9ea08u, 0x01c9f208u, 0x01d67b07u, 0x00b18414u,
    0x00954f16u, 0x01528a0eu, 0x01223010u, 0x018ed50bu, 0x00899918u, 0x0107e711u, 0x006ad41fu, 0x0165e40du,
    0x01a2f10au, 0x013c530fu, 0x01bab709u, 0x013c6207u, 0x013c620fu, 0x0165f10du, 0x01224010u, 0x013c710fu,
    0x0107f811u, 0x013c800fu, 0x020ab006u, 0x01c9fa08u, 0x0165fe0du, 0x01660b0du, 0x01225010u, 0x0152980eu,
    0x018ee00bu, 0x01a2fb0au, 0x004def03u, 0x020ab606u, 0x013e460bu, 0x018eeb0bu, 0x02196404u, 0x00da7812u,
    0x0178e50cu, 0x00a13115u, 0x0088db03u, 0x00c47113u, 0x01080911u, 0x00da8a12u, 0x01a3050au, 0x00da9c12u,
    0x007f6c1au, 0x01226010u, 0x01ca0208u, 0x018ef60bu, 0x01ca0a08u, 0x00752304u, 0x00b19814u, 0x01bac009u,
    0x02196804u, 0x00b0850fu, 0x01081a11u, 0x0166180du, 0x00845102u, 0x0215de05u, 0x00a66b03u, 0x01d68207u,
    0x021a3403u, 0x00012f02u, 0x0215e305u, 0x01bac909u, 0x0215e805u, 0x0215ed05u, 0x01bad209u, 0x0215f205u,
    0x0215f705u, 0x0215fc05u, 0x01b11905u, 0x00c48413u, 0x00a14603u, 0x00a14615u, 0x00a15b15u, 0x00a17015u,
    0x020abc06u, 0x020ac206u, 0x020ac806u, 0x020ace06u, 0x020ad406u, 0x020ada06u, 0x020ae006u, 0x020ae606u,
    0x020aec06u, 0x020af206u, 0x020af806u, 0x020afe06u, 0x020b0406u, 0x020b1006u, 0x020b1606u, 0x01a30f0au,
    0x01d68907u, 0x0152a60eu, 0x0178f10cu, 0x0178fd06u, 0x01badb09u, 0x01bae409u, 0x01baed09u, 0x01baf609u,
    0x0178fd0cu, 0x0179090cu, 0x014c7d06u, 0x01082b11u, 0x0152b40eu, 0x01d69007u, 0x020b1c06u, 0x01d69707u,
    0x0152c20eu, 0x0122bc04u, 0x01083c11u, 0x0179150cu, 0x018f010bu, 0x016c1108u, 0x003fda02u, 0x02160105u,
    0x01b3c505u, 0x016b970au, 0x018f0c0bu, 0x00002b02u, 0x01baff09u, 0x01bb0809u, 0x01bb1109u, 0x017aa706u,
    0x01bb1a09u, 0x005dce06u, 0x01662504u, 0x0166250du, 0x0166320du, 0x020b2206u, 0x01bb2309u, 0x007aa806u,
    0x00aea208u, 0x00c49713u, 0x02196c04u, 0x020b2806u, 0x020b2e06u, 0x01a3190au, 0x01084d11u, 0x0152d00eu,
    0x01227010u, 0x01085e11u, 0x0152de0eu, 0x01ca1208u, 0x00c4aa13u, 0x0179210cu, 0x00daae12u, 0x00c4bd13u,
    0x01adf706u, 0x01ca1a08u, 0x01536006u, 0x01a3230au, 0x01a32d0au, 0x018f170bu, 0x01a3370au, 0x01a3410au,
    0x01ca2208u, 0x01a34b0au, 0x01792d0cu, 0x00dac012u, 0x013c8f0fu, 0x0179390cu, 0x01086f11u, 0x01228010u,
    0x01229010u, 0x01bb2c09u, 0x02160605u, 0x013c9e0fu, 0x0152ec0eu, 0x01ca2a08u, 0x0152fa0eu, 0x0179450cu,
    0x01088011u, 0x00956516u, 0x0179510cu, 0x01795d0cu, 0x0179690cu, 0x01663f0du, 0x01664c0du, 0x013cad0fu,
    0x00957b16u, 0x01089111u, 0x0179750cu, 0x0179810cu, 0x01798d0cu, 0x0166590du, 0x0166660du, 0x0108a211u,
    0x0166730du, 0x013cbc0fu, 0x0179990cu, 0x00dad212u, 0x0179a50cu, 0x0179b10cu, 0x0166800du, 0x0153080eu,
    0x01668d0du, 0x01669a0du, 0x0122a010u, 0x0122b010u, 0x0153160eu, 0x018f220bu, 0x00756a1cu, 0x00959116u,
    0x00002b08u, 0x0166a70du, 0x0108b311u, 0x0166b40du, 0x00c4d013u, 0x013ccb0fu, 0x0166c10du, 0x02160b05u,
    0x0219c203u, 0x020b3403u, 0x020b3406u, 0x020b3a06u, 0x02197004u, 0x01c50505u, 0x00819903u, 0x00757602u,
    0x00842419u, 0x00720202u, 0x01bf5505u, 0x018f2d0bu, 0x00b1ac14u, 0x01bb3509u, 0x0108c411u, 0x02161005u,
    0x0179bd0cu, 0x02161505u, 0x0166ce0du, 0x0087a504u, 0x0108d511u, 0x00dae412u, 0x00b1c014u, 0x00999114u,
    0x00daf612u, 0x0122c010u, 0x008e9f17u, 0x00b1d414u, 0x00b06408u, 0x00db0812u, 0x00b1e814u, 0x0108e611u,
    0x00c4e313u, 0x0108f711u, 0x00c4f613u, 0x01090811u, 0x0122d010u, 0x00b1fc14u, 0x01d69e07u, 0x0179c90cu,
    0x00a18515u, 0x00c50913u, 0x00a19a15u, 0x00db1a12u, 0x008c840au, 0x00db2c12u, 0x009e7e13u, 0x00c51c13u,
    0x00c52f13u, 0x00b21014u, 0x00db3e12u, 0x00b22414u, 0x01091911u, 0x00db5012u, 0x00a1af15u, 0x00a1c415u,
    0x00db6212u, 0x0089b118u, 0x00c54213u, 0x00a1d915u, 0x00a1ee15u, 0x00db7412u, 0x0095a716u, 0x0122e010u,
    0x01092a11u, 0x013cda0fu, 0x00db8612u, 0x00a20315u, 0x0153240eu, 0x01093b11u, 0x00db9812u, 0x01094c11u,
    0x0089c918u, 0x00dbaa12u, 0x0089e118u, 0x00dbbc12u, 0x013ce90fu, 0x00b23814u, 0x00b24c14u, 0x0089f918u,
    0x00dbce12u, 0x00dbe012u, 0x01095d11u, 0x0166db0du, 0x013cf80fu, 0x00a21815u, 0x0095bd16u, 0x0087d811u,
    0x0122f010u, 0x00a22d15u, 0x00c55513u, 0x00c56813u, 0x00a24215u, 0x00a25715u, 0x013d070fu, 0x00c57b13u,
    0x01096e11u, 0x00b26014u, 0x0095d316u, 0x0153320eu, 0x013d160fu, 0x01230010u, 0x0153400eu, 0x00b27414u,
    0x0091be0bu, 0x00b28814u, 0x00b29c14u, 0x02161a05u, 0x01097f11u, 0x00dbf212u, 0x013d250fu, 0x00c16e04u,
    0x013d340fu, 0x013d430fu, 0x013d520fu, 0x01d6a507u, 0x01d6ac07u, 0x00e59807u, 0x01d6b307u, 0x01d6ba07u,
    0x0179d50cu, 0x01534e0eu, 0x01ca3208u, 0x01535c0eu, 0x0166e80du, 0x01536a0eu, 0x020b4006u, 0x00dc0404u,
    0x01bb3e09u, 0x00dc0412u, 0x0153780eu, 0x00dc1612u, 0x00c58e13u, 0x000b6402u, 0x01bb4709u, 0x01808105u,
    0x020b4606u, 0x01a3550au, 0x01bb5009u, 0x01a35f0au, 0x01ca3a08u, 0x01a3690au, 0x01bb5909u, 0x018f380bu,
    0x01bb6209u, 0x02197404u, 0x01231010u, 0x0153860eu, 0x0109900eu, 0x01099011u, 0x0166f50du, 0x0167020du,
    0x0155b904u, 0x0155b90bu, 0x01d6c107u, 0x018f430bu, 0x01bb6b09u, 0x01232010u, 0x000b6404u, 0x00dc2812u,
    0x00c5a113u, 0x013d610fu, 0x0179e10cu, 0x008b3802u, 0x020b4c06u, 0x0083dd02u, 0x02161f05u, 0x01bb7409u,
    0x01bb7d09u, 0x018f4e0bu, 0x01ca4208u, 0x01a3730au, 0x01233010u, 0x01108d03u, 0x020b5206u, 0x01ca4a08u,
    0x013d700fu, 0x01a37d0au, 0x0148fc04u, 0x018f590bu, 0x01ca5208u, 0x018f640bu, 0x0171d508u, 0x01a3870au,
    0x01a3910au, 0x01bb8609u, 0x020b5806u, 0x011b9903u, 0x0153940eu, 0x02162405u, 0x00435c02u, 0x01ca5a08u,
    0x01a39b0au, 0x020b5e06u, 0x020b6406u, 0x020b6a06u, 0x02162905u, 0x01bb8f09u, 0x020b7006u, 0x005cbd02u,
    0x02162e05u, 0x01670f0du, 0x008eb605u, 0x008eb617u, 0x02163305u, 0x01ca6208u, 0x0179ed0cu, 0x002ad402u,
    0x02163805u, 0x01234010u, 0x01bb9809u, 0x01ca6a08u, 0x02197804u, 0x01671c0du, 0x01bba109u, 0x00024802u,
    0x01bbaa09u, 0x015b4205u, 0x00c5b413u, 0x020b7606u, 0x020b7c06u, 0x0179f90cu, 0x020b8206u, 0x01ca7208u,
    0x00d11106u, 0x01bbb309u, 0x018f6f0bu, 0x00dc3a12u, 0x01235010u, 0x01ca7a08u, 0x01672908u, 0x0167290du,
    0x01a3a50au, 0x01ca8208u, 0x02197c04u, 0x013d7f0fu, 0x013d8e0fu, 0x01a3af0au, 0x01ca8a08u, 0x01d6c807u,
    0x02163d05u, 0x01bbbc09u, 0x0076da09u, 0x0109a111u, 0x01ca9208u, 0x0153a20eu, 0x01a3b90au, 0x017a0504u,
    0x017a050cu, 0x017a110cu, 0x01ca9a08u, 0x02198004u, 0x01236010u, 0x01caa208u, 0x0167360du, 0x018f7a0bu,
    0x018f850bu, 0x013d9d0fu, 0x01a3c30au, 0x018f900bu, 0x018f9b0bu, 0x018fa60bu, 0x01caaa08u, 0x020b8806u,
    0x0167430du, 0x017a1d0cu, 0x017a290cu, 0x01237010u, 0x013dac0fu, 0x018e4003u, 0x01bbc509u, 0x02164205u,
    0x01bbce09u, 0x005dc503u, 0x008bab05u, 0x0109b211u, 0x0167500du, 0x020b8e06u, 0x020b9406u, 0x01cab208u,
    0x01caba08u, 0x01bbd709u, 0x008a1118u, 0x01675d0du, 0x01238010u, 0x00d94505u, 0x01cac208u, 0x01caca08u,
    0x01654004u, 0x018fb10bu, 0x01bbe009u, 0x017a350cu, 0x018fbc0bu, 0x01a3cd0au, 0x01a3d70au, 0x018fc70bu,
    0x018fd20bu, 0x00524f02u, 0x01bbe909u, 0x02164705u, 0x01bbf209u, 0x021a3703u, 0x020b9a06u, 0x01ad3a06u,
    0x01bbfb09u, 0x01cad208u, 0x00004102u, 0x02164c05u, 0x007a971bu, 0x00001a02u, 0x015e0005u, 0x01cada08u,
    0x00a26c15u, 0x01a3e10au, 0x01676a0du, 0x018fdd0bu, 0x017a410cu, 0x02165105u, 0x0123a010u, 0x00c2f810u,
    0x00dc5e12u, 0x013dbb0fu, 0x01bc0409u, 0x01d6cf07u, 0x00e9b504u, 0x013dca0fu, 0x018fe80bu, 0x0123b010u,
    0x01d6d607u, 0x01bc0d09u, 0x01bc1609u, 0x017a4d0cu, 0x0109c311u, 0x013dd90fu, 0x00657320u, 0x013de80fu,
    0x017a590cu, 0x01a3eb0au, 0x0114ee03u, 0x01cae208u, 0x01a3f50au, 0x017a650cu, 0x01bc1f09u, 0x018ff30bu,
    0x00dc7012u, 0x01bc2809u, 0x01bc3109u, 0x0153b00eu, 0x0083e807u, 0x00c5c713u, 0x008ecd17u, 0x01caea08u,
    0x01a3ff0au, 0x012efe05u, 0x01caf208u, 0x01cafa08u, 0x01cb0208u, 0x01cb0a08u, 0x01cb1208u, 0x01cb1a08u,
    0x01cb2208u, 0x013df70fu, 0x017a7d0cu, 0x014b8109u, 0x01a4090au, 0x00c04f0du, 0x013e060fu, 0x013e150fu,
    0x00a28115u, 0x0123c006u, 0x0167840du, 0x0123c010u, 0x018ffe0bu, 0x01cb2a08u, 0x017a890cu, 0x00151306u,
    0x00393027u, 0x00395727u, 0x006af31fu, 0x006efb1eu, 0x0053f423u, 0x00541723u, 0x00543a23u, 0x006b121fu,
    0x00545d23u, 0x00548023u, 0x0054a323u, 0x005de721u, 0x00597722u, 0x003f9926u, 0x005e0821u, 0x005e2921u,
    0x006b311fu, 0x006b501fu, 0x006b6f1fu, 0x006f191eu, 0x006f371eu, 0x006f551eu, 0x005e4a21u, 0x005e6b21u,
    0x006b8e1fu, 0x006f731eu, 0x006f911eu, 0x006faf1eu, 0x00599922u, 0x0059bb22u, 0x006fcd1eu, 0x006feb1eu,
    0x009a6e05u, 0x0123d010u, 0x013e240fu, 0x013e330fu, 0x01b42805u, 0x0059dc02u, 0x02165605u, 0x020ba006u,
    0x0167910du, 0x01679e0du, 0x02165b05u, 0x013e420fu, 0x0153be0eu, 0x0153cc0eu, 0x00a3ef0cu, 0x0109d411u,
    0x0109e511u, 0x0123e010u, 0x0153da0eu, 0x00a29615u, 0x013e510fu, 0x01d6e407u, 0x01bc4309u, 0x01d6eb07u,
    0x013e600fu, 0x013e6f0fu, 0x013e7e0fu, 0x017a950cu, 0x013e8d0fu, 0x00dc8212u, 0x01d6f207u, 0x00884d14u,
    0x01351707u, 0x01a4130au, 0x0190090bu, 0x01a41d0au, 0x00b1150bu, 0x0190140bu, 0x017aa10cu, 0x017aad0cu,
    0x01cb3208u, 0x020ba606u, 0x015acb07u, 0x017ab90cu, 0x01567004u, 0x01d6f907u, 0x01901f0bu, 0x01a4270au,
    0x013e9c0fu, 0x00dc9412u, 0x00c5470eu, 0x01a4310au, 0x0123f010u, 0x01240010u, 0x0167ab0du, 0x020bac06u,
    0x00397d02u, 0x02166005u, 0x014ad70bu, 0x01cb3a08u, 0x01a43b0au, 0x017ac50cu, 0x020bb206u, 0x013eab0fu,
    0x01902a0bu, 0x01a4450au, 0x0167b80du, 0x0153f60eu, 0x02166505u, 0x0157ad02u, 0x02166a05u, 0x00bf1202u,
    0x020bb806u, 0x017ad10cu, 0x0190350bu, 0x0190400bu, 0x00bf1207u, 0x01bc4c09u, 0x007c0b02u, 0x01904b0bu,
    0x0190560bu, 0x01d70007u, 0x01bc5509u, 0x02198404u, 0x02198804u, 0x0154040eu, 0x0109f611u, 0x00860405u,
    0x020bbe06u, 0x009b2b03u, 0x00a2ab15u, 0x01241010u, 0x00c5da13u, 0x00b2c414u, 0x00dca612u, 0x01242010u,
    0x0190610bu, 0x010a0711u, 0x01243010u, 0x010a1811u, 0x010a2911u, 0x013eba0fu, 0x0167c50du, 0x010a3a11u,
    0x010a4b11u, 0x017add0cu, 0x010a5c11u, 0x020bc406u, 0x013ec90fu, 0x013ed80fu, 0x013ee70fu, 0x00b2d814u,
    0x0154120eu, 0x013ef60fu, 0x0154200eu, 0x013f050fu, 0x0167d20du, 0x01244010u, 0x00c5ed13u, 0x010a6d11u,
    0x010a7e11u, 0x00b2ec14u, 0x00b30014u, 0x00b31414u, 0x010a8f11u, 0x00c60013u, 0x00b32814u, 0x00dcb812u,
    0x00b33c14u, 0x00a2c015u, 0x010aa011u, 0x00c61313u, 0x010ab111u, 0x010ac211u, 0x00dcca12u, 0x00dcdc12u,
    0x010ad311u, 0x01245010u, 0x00dcee12u, 0x00dd0012u, 0x01246010u, 0x010ae411u, 0x00dd1212u, 0x00b35014u,
    0x00a2d515u, 0x01542e0eu, 0x00c62613u, 0x01906c0bu, 0x00b36414u, 0x013f140fu, 0x00b37814u, 0x013f230fu,
    0x0167df0du, 0x017ae90cu, 0x004e0b04u, 0x0120530du, 0x00a2ea15u, 0x0167ec0du, 0x010af511u, 0x010b0611u,
    0x0095e916u, 0x010b1711u, 0x01543c0eu, 0x01d70707u, 0x00d4db0fu, 0x00dd2412u, 0x00a2ff15u, 0x0190770bu,
    0x01d70e07u, 0x010b2811u, 0x020bca06u, 0x017af50cu, 0x010b3911u, 0x01a4590au, 0x020bd006u, 0x01cb4208u,
    0x0167f90du, 0x010b4a11u, 0x0168060du, 0x00a31415u, 0x020bd606u, 0x01a4630au, 0x01a46d0au, 0x0190820bu,
    0x01a4770au, 0x02166f05u, 0x00b38c14u, 0x00c63913u, 0x010b5b11u, 0x00dd3612u, 0x01247010u, 0x010b6c11u,
    0x020bdc06u, 0x00c64c13u, 0x00dd4812u, 0x01bc5e03u, 0x01bc5e04u, 0x01bc5e09u, 0x01d71507u, 0x01a4810au,
    0x0076af02u, 0x01e27e05u, 0x01d71c07u, 0x020f7503u, 0x01d72307u, 0x00ce6702u, 0x021a3a03u, 0x010e3105u,
    0x02167405u, 0x01248010u, 0x01249004u, 0x01249010u, 0x020be206u, 0x01bc6709u, 0x020be806u, 0x012d2204u,
    0x01d72a07u, 0x01908d0bu, 0x015c000au, 0x0168130du, 0x007fe103u, 0x020bee06u, 0x0190980bu, 0x01a48b0au,
    0x0190ae0bu, 0x01d73107u, 0x017b010cu, 0x013f320fu, 0x01544a0eu, 0x017b0d0cu, 0x010b7d11u, 0x00dd5a12u,
    0x013f410fu, 0x020bf406u, 0x0168200du, 0x020bfa06u, 0x01bc7009u, 0x01bc7909u, 0x01cb4a08u, 0x0190b90bu,
    0x00a32915u, 0x01682d0du, 0x01d73807u, 0x01cb5208u, 0x02198c04u, 0x0009c202u, 0x0009bc02u, 0x01cb5a08u,
    0x00001602u, 0x0190c40bu, 0x01683a0du, 0x0190cf0bu, 0x00b3a014u, 0x00e41f03u, 0x020c0006u, 0x01d73f07u,
    0x01d74607u, 0x01a4950au, 0x0168470du, 0x01cb6208u, 0x010b8e11u, 0x017b190cu, 0x013f500fu, 0x02199004u,
    0x01a49f07u, 0x01a49f0au, 0x020c0606u, 0x017b250cu, 0x01d74d07u, 0x0190da0bu, 0x01d75407u, 0x02199404u,
    0x02167905u, 0x00759605u, 0x00847402u, 0x02167e05u, 0x017b310cu, 0x01a4a90au, 0x020c0c06u, 0x01cb6a08u,
    0x021a3d03u, 0x00884802u, 0x020c1206u, 0x01cb7208u, 0x00767b02u, 0x017b3d0cu, 0x007ce102u, 0x02168305u,
    0x02168805u, 0x02168d05u, 0x02169205u, 0x02169705u, 0x02169c05u, 0x01c51505u, 0x01d96005u, 0x0216a105u,
    0x0216a605u, 0x0216ab05u, 0x0216b005u, 0x020c1806u, 0x00831002u, 0x0216b505u, 0x017b490cu, 0x01b12205u,
    0x020c1e06u, 0x00012602u, 0x01bc8209u, 0x016bc005u, 0x01bc8b09u, 0x0190e50bu, 0x0168540du, 0x00c65f13u,
    0x00dd6c12u, 0x008df40au, 0x00dd7e12u, 0x010b9f11u, 0x013f5f0fu, 0x00d96505u, 0x0168610du, 0x0154580eu,
    0x00c67213u, 0x013f6e0fu, 0x00c68513u, 0x017b550cu, 0x01686e0du, 0x0124a010u, 0x010bb011u, 0x010bc111u,
    0x013f7d0fu, 0x0154660eu, 0x0124b010u, 0x00b3b414u, 0x00b3c814u, 0x017b610cu, 0x00c69813u, 0x01bc3208u,
    0x010bd211u, 0x00a33e15u, 0x0082a10cu, 0x0095ff16u, 0x00a35315u, 0x0087c905u, 0x0087c908u, 0x01cb7a08u,
    0x00a36815u, 0x00dd9012u, 0x0154740eu, 0x0154820eu, 0x00a37d15u, 0x0154900eu, 0x0124c010u, 0x010be311u,
    0x0124d010u, 0x010bf411u, 0x010c0511u, 0x0124e010u, 0x00a39215u, 0x013f8c0fu, 0x0190f00bu, 0x01687b0du,
    0x010c1611u, 0x0190fb0bu, 0x0168880du, 0x01492b05u, 0x0168950du, 0x012f8603u, 0x0191060bu, 0x010c2711u,
    0x0216ba05u, 0x010c3811u, 0x01bc9409u, 0x00b0ae0eu, 0x01a4b30au, 0x01cb8208u, 0x020c2406u, 0x00d7d10du,
    0x00b3dc14u, 0x01a4bd0au, 0x01d75b07u, 0x0124f010u, 0x017b6d0cu, 0x0216bf05u, 0x0095450au, 0x00dda212u,
    0x01a4c70au, 0x01a4d10au, 0x01a4db0au, 0x0216c405u, 0x01250010u, 0x00b3f004u, 0x00b3f014u, 0x01251010u,
    0x00ddb412u, 0x009fae09u, 0x01252010u, 0x01513b0du, 0x01253010u, 0x00ddc612u, 0x010c4911u, 0x010c5a11u,
    0x013f9b0fu, 0x013faa0fu, 0x01254010u, 0x010c6b11u, 0x00c6ab06u, 0x013fb90fu, 0x00c6ab13u, 0x00b40414u,
    0x00ddd812u, 0x00c6be13u, 0x02199804u, 0x00ddea12u, 0x01bc9d09u, 0x0216c905u, 0x00000002u, 0x01bca609u,
    0x0216ce05u, 0x01c51d05u, 0x020c2a06u, 0x01911105u, 0x0191110bu, 0x017b7907u, 0x017b790cu, 0x01255010u,
    0x008f0012u, 0x010c7c11u, 0x017b850cu, 0x01cb8a08u, 0x01cb9208u, 0x01bcaf09u, 0x008a2918u, 0x008a4118u,
    0x00961516u, 0x00962b16u, 0x01bcb809u, 0x002f2829u, 0x002f5129u, 0x005e8c21u, 0x00659320u, 0x0047d825u,
    0x0047fd25u, 0x00482225u, 0x005ead21u, 0x005ece21u, 0x00484725u, 0x00486c25u, 0x00489125u, 0x0048b625u,
    0x0048db25u, 0x00490025u, 0x0054c623u, 0x0065b320u, 0x00015336u, 0x0000003au, 0x0054e923u, 0x00550c23u,
    0x005eef21u, 0x005f1021u, 0x005f3121u, 0x0065d320u, 0x0065f320u, 0x00661320u, 0x00552f23u, 0x00555223u,
    0x005f5221u, 0x00557523u, 0x00663320u, 0x00665320u, 0x00667320u, 0x004da824u, 0x004dcc24u, 0x00669320u,
    0x0066b320u, 0x01549e0eu, 0x0168a20du, 0x01a4e50au, 0x00ddfc06u, 0x01bcc109u, 0x01bcca09u, 0x00ddfc09u,
    0x00ddfc12u, 0x01a4ef0au, 0x020c3006u, 0x00b41814u, 0x00c6d113u, 0x00a3a715u, 0x00b42c14u, 0x00c6e413u,
    0x00de0e12u, 0x00964116u, 0x00a3bc15u, 0x00c6f713u, 0x00de2012u, 0x00a3d115u, 0x00b44014u, 0x00965716u,
    0x00a3e615u, 0x01913d0bu, 0x00de3212u, 0x010c8d11u, 0x00a3fb15u, 0x00b45414u, 0x00de4412u, 0x010c9e11u,
    0x00b46814u, 0x00a41015u, 0x00b47c14u, 0x00c70a13u, 0x00de5612u, 0x00b49014u, 0x00c71d13u, 0x01bcd309u,
    0x01a4f90au, 0x01a5030au, 0x0191530bu, 0x01915e0bu, 0x01a50d0au, 0x01bcdc09u, 0x01bce509u, 0x017b910cu,
    0x0216d305u, 0x021a4003u, 0x01256010u, 0x010caf11u, 0x01bcee09u, 0x0216d805u, 0x01c09406u, 0x0154ac0eu,
    0x020c3606u, 0x01a5170au, 0x00de6812u, 0x00c73013u, 0x00b4a414u, 0x00b4b814u, 0x01257010u, 0x010cc011u,
    0x010cd111u, 0x00a42515u, 0x00de7a12u, 0x00de8c12u, 0x00de9e12u, 0x013fc80fu, 0x010ce211u, 0x010cf311u,
    0x009c4c0eu, 0x010d0411u, 0x00deb012u, 0x01258010u, 0x008ee417u, 0x00c74313u, 0x00b4cc14u, 0x010d1511u,
    0x010d2611u, 0x00b4e014u, 0x00dec212u, 0x00ded412u, 0x0085e502u, 0x0216dd05u, 0x01411904u, 0x010d3711u,
    0x01e81f03u, 0x020c3c06u, 0x01d76207u, 0x00c75613u, 0x0216e205u, 0x01cba208u, 0x0154ba0eu, 0x020c4206u,
    0x020c4806u, 0x020c4e06u, 0x01cbaa08u, 0x01cbb208u, 0x017b9d0cu, 0x01a5210au, 0x0216e705u, 0x01d76907u,
    0x0168af0du, 0x0168bc0du, 0x008f1102u, 0x0216ec05u, 0x0216f105u, 0x0216f605u, 0x0216fb05u, 0x02170005u,
    0x02170505u, 0x02170a05u, 0x02170f05u, 0x02171405u, 0x02171905u, 0x02171e05u, 0x02172305u, 0x0154c80eu,
    0x01baac03u, 0x008f2802u, 0x02172805u, 0x01bcf709u, 0x01a52b0au, 0x01a5350au, 0x01b12b05u, 0x01cbba08u,
    0x01cbc208u, 0x01bd0009u, 0x0168c90du, 0x01259010u, 0x0191690bu, 0x01bd0909u, 0x01bd1209u, 0x00670d02u,
    0x02199c04u, 0x010d4811u, 0x0219a004u, 0x00dee612u, 0x017ba90cu, 0x00004f02u, 0x008e7205u, 0x02172d05u,
    0x0125a010u, 0x01a53f0au, 0x01679203u, 0x00c76913u, 0x013fd70fu, 0x00b4f414u, 0x00def812u, 0x01903b05u,
    0x01774e0bu, 0x020c5406u, 0x01cbca08u, 0x017bb50cu, 0x0154d60eu, 0x0168d60du, 0x00a43a15u, 0x01a5490au,
    0x01a5530au, 0x008ee802u, 0x01bd1b09u, 0x0191740bu, 0x01cbd208u, 0x017bc10cu, 0x020c5a06u, 0x017bcd0cu,
    0x0125b010u, 0x00df0a12u, 0x007c3b02u, 0x02173205u, 0x020c6006u, 0x01bd2409u, 0x02173705u, 0x020c6606u,
    0x017bd90cu, 0x010d5911u, 0x0125c010u, 0x013fe60fu, 0x0125d010u, 0x0168e30du, 0x0168f00du, 0x01cbda08u,
    0x01a55d0au, 0x01cbe208u, 0x01a13a09u, 0x0154e40eu, 0x020c6c06u, 0x01bd2d09u, 0x0154f20eu, 0x01917f0bu,
    0x01d77007u, 0x010d6a11u, 0x01cbea08u, 0x01d77707u, 0x01cbf208u, 0x01918a0bu, 0x020c7206u, 0x01a5670au,
    0x00a44f15u, 0x01d77e07u, 0x01d78507u, 0x01a5710au, 0x01a57b0au, 0x0125e010u, 0x009c4e03u, 0x010d7b11u,
    0x010d8c11u, 0x00973b03u, 0x008dd611u, 0x0155000eu, 0x02173c05u, 0x01550e0eu, 0x0191950bu, 0x01cbfa08u,
    0x0191a00bu, 0x017be503u, 0x017be50cu, 0x00c77c13u, 0x010d9d11u, 0x00df1c12u, 0x0125f010u, 0x01260010u,
    0x01261010u, 0x013ff50fu, 0x0140040fu, 0x01cc0208u, 0x020c7806u, 0x01cc0a08u, 0x0191ab0bu, 0x01262010u,
    0x00bb5310u, 0x00005802u, 0x010dae11u, 0x010dbf11u, 0x010dd011u, 0x010de111u, 0x0002ea17u, 0x00966d16u,
    0x00a46415u, 0x0070451eu, 0x0070631eu, 0x0059dd22u, 0x0059ff22u, 0x0070811eu, 0x00709f1eu, 0x02174105u,
    0x02174605u, 0x020c7e06u, 0x01bd3f09u, 0x01bd4809u, 0x02174b05u, 0x02175005u, 0x0191b60bu, 0x020c8406u,
    0x01551c0eu, 0x01263010u, 0x02175505u, 0x01552a0eu, 0x0191c10bu, 0x00df2e12u, 0x0155380eu, 0x0168fd0du,
    0x01264010u, 0x0155460eu, 0x010df211u, 0x008efb17u, 0x010e0311u, 0x010e1411u, 0x01cc1208u, 0x0140130fu,
    0x01690a0du, 0x01b13405u, 0x00a47915u, 0x01bd5109u, 0x0140220fu, 0x00ba240fu, 0x01bd5a09u, 0x00a48e15u,
    0x01a5850au, 0x01699009u, 0x01266010u, 0x020c8a06u, 0x0077ae02u, 0x008af002u, 0x02175a05u, 0x0191cc0bu,
    0x0191d70bu, 0x01a58f0au, 0x0191e20bu, 0x0219a404u, 0x016e0d04u, 0x01cc1a08u, 0x00657f02u, 0x019f5e05u,
    0x01352805u, 0x01b13d05u, 0x01a5990au, 0x01bd6309u, 0x01cc2208u, 0x01d79307u, 0x01cc2a08u, 0x01bd6c09u,
    0x01a5a30au, 0x0155540eu, 0x0169170du, 0x01926a07u, 0x0169240du, 0x01267010u, 0x01268010u, 0x0155620eu,
    0x01269010u, 0x0140310fu, 0x01cc3208u, 0x0169310du, 0x0140400fu, 0x0155700eu, 0x01404f0fu, 0x010e2511u,
    0x01557e0eu, 0x01405e0fu, 0x0173fa04u, 0x0168f607u, 0x01cc3a08u, 0x0191ed0bu, 0x020c9006u, 0x0191f80bu,
    0x01693e0du, 0x01cc4208u, 0x01bd7509u, 0x01a5ad0au, 0x01cc4a08u, 0x00800305u, 0x00757902u, 0x02175f05u,
    0x020c9606u, 0x00743d02u, 0x02176405u, 0x01cc5208u, 0x01d79a07u, 0x017bf10cu, 0x02176905u, 0x01bd7e09u,
    0x020c9c06u, 0x01bd8709u, 0x01a5b70au, 0x01bd9009u, 0x0192030bu, 0x01cc5a08u, 0x01920e0bu, 0x008f1217u,
    0x01a5c10au, 0x01a5cb0au, 0x01a5d50au, 0x0192190bu, 0x01bd9909u, 0x01cc6208u, 0x01bda209u, 0x01bdab09u,
    0x01cc6a08u, 0x017bfd0cu, 0x01bdb409u, 0x01bdbd09u, 0x01a5df0au, 0x0126a010u, 0x01406d0fu, 0x017c090cu,
    0x012ac303u, 0x020ca206u, 0x020ca806u, 0x01558c0eu, 0x01559a0eu, 0x017c150cu, 0x01c52d05u, 0x00559823u,
    0x005a2122u, 0x00397e27u, 0x0039a527u, 0x0039cc27u, 0x0055bb23u, 0x0039f327u, 0x003a1a27u, 0x00492525u,
    0x00494a25u, 0x0055de23u, 0x00560123u, 0x005a4322u, 0x005a6522u, 0x005a8722u, 0x00496f25u, 0x00562423u,
    0x005aa922u, 0x005acb22u, 0x005aed22u, 0x005b0f22u, 0x005b3122u, 0x00b5c302u, 0x020cae06u, 0x00002e02u,
    0x02176e05u, 0x01b14605u, 0x020cb406u, 0x0155a80eu, 0x0126b010u, 0x01407c0fu, 0x020cba06u, 0x01a5e90au,
    0x01a5f30au, 0x01a5fd0au, 0x01cc7208u, 0x01cc7a05u, 0x01cc7a08u, 0x01393a03u, 0x01676406u, 0x020cc006u,
    0x01cc8208u, 0x020cc606u, 0x014df703u, 0x01694b0du, 0x0192240bu, 0x01922f0bu, 0x01a6070au, 0x017c210cu,
    0x00df5203u, 0x00df5212u, 0x0155b60eu, 0x020ccc06u, 0x01408b0fu, 0x0126c010u, 0x0155c40eu, 0x0219a804u,
    0x019a5d06u, 0x017c2d0cu, 0x01a6110au, 0x0219ac04u, 0x0155d20eu, 0x0155e00eu, 0x01bdc609u, 0x0219b004u,
    0x020cd206u, 0x020cd806u, 0x01a61b0au, 0x0155ee0eu, 0x0155fc0eu, 0x01923a0bu, 0x0192450bu, 0x01d7a107u,
    0x00b3b202u, 0x02177305u, 0x01bdcf09u, 0x02177805u, 0x01cc8a08u, 0x01a6250au, 0x02177d05u, 0x01cc9208u,
    0x01409a0fu, 0x01d7a807u, 0x01560a0eu, 0x0219b404u, 0x020cde06u, 0x0219b804u, 0x020ce406u, 0x020cea06u,
    0x01a62f0au, 0x01a6390au, 0x0080f80cu, 0x017c390cu, 0x017c450cu, 0x02178205u, 0x02178705u, 0x00b50814u,
    0x02178c05u, 0x01b14f05u, 0x008b3b02u, 0x0126e010u, 0x02179105u, 0x00968316u, 0x0066f320u, 0x010e3611u,
    0x0219bc04u, 0x0219c004u, 0x02179605u, 0x01bde109u, 0x01bdea09u, 0x00a66705u, 0x0156180eu, 0x0156260eu,
    0x00c78f13u, 0x00df6412u, 0x0140a90fu, 0x010e4711u, 0x0082bb0bu, 0x00b51c14u, 0x0140b80fu, 0x00b53014u,
    0x0126f010u, 0x01d7af07u, 0x017c510cu, 0x02179b05u, 0x01d7b607u, 0x020cf006u, 0x019c0804u, 0x01d7bd07u,
    0x01270010u, 0x010e5811u, 0x01bdf309u, 0x0192500bu, 0x0140c70fu, 0x01a64d0au, 0x00c7a213u, 0x0156340eu,
    0x01271010u, 0x01d7c405u, 0x01d7c407u, 0x01bdfc09u, 0x020cf606u, 0x017c5d0cu, 0x0140d60fu, 0x0217a005u,
    0x01564207u, 0x0156420eu, 0x00000903u, 0x01d7cb07u, 0x020cfc06u, 0x007f861au, 0x00b54414u, 0x020d0206u,
    0x01925b0bu, 0x020d0806u, 0x020d0e06u, 0x020d1406u, 0x020d1a06u, 0x020d2006u, 0x020d2606u, 0x020d2c06u,
    0x020d3206u, 0x020d3806u, 0x0192660bu, 0x020d3e06u, 0x020d4406u, 0x0140e50fu, 0x020d4a06u, 0x0217a505u,
    0x01a67f0au, 0x0156500eu, 0x01a6890au, 0x01927c0bu, 0x01be0509u, 0x01a6930au, 0x01a69d0au, 0x0169650du,
    0x01a6a70au, 0x0141030fu, 0x000b6107u, 0x01272010u, 0x0192870bu, 0x008f2917u, 0x008f4017u, 0x008f5717u,
    0x00a4a315u, 0x0192920bu, 0x010e6911u, 0x01565e0eu, 0x010e7a11u, 0x017c690cu, 0x0007b132u, 0x000ce631u,
    0x00018936u, 0x0001bf36u, 0x0001f536u, 0x0007e332u, 0x00022b36u, 0x00026136u, 0x0005e434u, 0x00061834u,
    0x00081532u, 0x00084732u, 0x000d1731u, 0x000d4831u, 0x000d7931u, 0x00064c34u, 0x00087932u, 0x000daa31u,
    0x000ddb31u, 0x000e0c31u, 0x000e3d31u, 0x000e6e31u, 0x00159a2eu, 0x0019d72du, 0x0008ab32u, 0x0008dd32u,
    0x00090f32u, 0x0015c82eu, 0x00094132u, 0x00097332u, 0x00113f30u, 0x00116f30u, 0x0015f62eu, 0x0016242eu,
    0x001a042du, 0x001a312du, 0x001a5e2du, 0x0016522eu, 0x001a8b2du, 0x001ab82du, 0x001ae52du, 0x001b122du,
    0x001b3f2du, 0x01d03003u, 0x01d7d207u, 0x00b55814u, 0x01be0e09u, 0x0217aa05u, 0x0219c404u, 0x010e8b11u,
    0x008f6e17u, 0x0070bd1eu, 0x007ba51bu, 0x0083b602u, 0x017c750cu, 0x00b56c14u, 0x00b58014u, 0x01d7d907u,
    0x01b16105u, 0x01be1709u, 0x010e9c04u, 0x010e9c11u, 0x01a6bb0au, 0x01929d0bu, 0x012e8604u, 0x01d7e007u,
    0x01d7e707u, 0x0192a80bu, 0x00959c03u, 0x0192b30bu, 0x00959c07u, 0x017c810cu, 0x01566c0eu, 0x0219c804u,
    0x01d7ee07u, 0x0192be0bu, 0x00a4b815u, 0x0192c90bu, 0x01273010u, 0x01567a0eu, 0x0141120fu, 0x01a6c50au,
    0x01d7f507u, 0x0192d40bu, 0x0169720du, 0x017c8d0cu, 0x020d5006u, 0x01a6cf0au, 0x01cca208u, 0x017c990cu,
    0x0113d50bu, 0x021a4303u, 0x0192df0bu, 0x01be2009u, 0x017ca50cu, 0x01a6d90au, 0x01274010u, 0x01ccaa08u,
    0x0141210fu, 0x00a27904u, 0x0192ea0bu, 0x010ead11u, 0x01275010u, 0x01a6e305u, 0x01a6e30au, 0x0217af05u,
    0x01697f0du, 0x021a4603u, 0x01ccb208u, 0x0156880eu, 0x0092ea13u, 0x01276010u, 0x0192f50bu, 0x017cb10cu,
    0x0156960eu, 0x00df7612u, 0x01d7fc07u, 0x01a6ed0au, 0x00006d02u, 0x01a6f70au, 0x0193000bu, 0x01930b0bu,
    0x021a4903u, 0x01c2ff03u, 0x0193160bu, 0x01c26505u, 0x020d5c06u, 0x01b16a05u, 0x01698c0du, 0x0219cc04u,
    0x008a1613u, 0x01b1a104u, 0x020d6206u, 0x0217b405u, 0x01d80307u, 0x0219d004u, 0x0169990du, 0x0217b905u,
    0x020d6806u, 0x020d6e06u, 0x01d20c03u, 0x0217be05u, 0x01ccba08u, 0x01277010u, 0x0193210bu, 0x008a5918u,
    0x007fa01au, 0x007bc01bu, 0x01932c0bu, 0x017cbd0cu, 0x0156a40eu, 0x0156b20eu, 0x0193370bu, 0x0156c00eu,
    0x0193420bu, 0x01a7010au, 0x0156ce0eu, 0x01934d0bu, 0x0193580bu, 0x017cc90cu, 0x0193630bu, 0x01a70b0au,
    0x010ebe11u, 0x01936e0bu, 0x017cd50cu, 0x0193790bu, 0x01a7150au, 0x007fba1au, 0x007fc80cu, 0x01a71f0au,
    0x0156dc0eu, 0x0156ea0eu, 0x017ce10cu, 0x0156f80eu, 0x0193840bu, 0x0096990au, 0x0169a60du, 0x0169b30du,
    0x00969916u, 0x008a7118u, 0x0157060eu, 0x0157140eu, 0x0157220eu, 0x010ecf11u, 0x01a7290au, 0x0169c00du,
    0x01938f0bu, 0x0169cd0du, 0x0157300eu, 0x01413f0fu, 0x008a8918u, 0x017ced0cu, 0x01939a0bu, 0x01573e0eu,
    0x017cf90cu, 0x01a7330au, 0x00c7b513u, 0x008f8517u, 0x01574c0eu, 0x0169da0du, 0x017d050cu, 0x00b59414u,
    0x00b5b20au, 0x01ccc208u, 0x01be2909u, 0x00c7c813u, 0x00b5a814u, 0x01a73d0au, 0x01a7470au, 0x0193a50bu,
    0x017d110cu, 0x01414e0fu, 0x00df8812u, 0x01415d0fu, 0x008aa118u, 0x01278010u, 0x00a4cd15u, 0x00a4e215u,
    0x01575a0eu, 0x00843d19u, 0x010ee011u, 0x00df9a12u, 0x00a4f715u, 0x00dfac12u, 0x00a50c15u, 0x0096af16u,
    0x01279010u, 0x0127a010u, 0x010ef111u, 0x01416c0fu, 0x01417b0fu, 0x0157680eu, 0x008ab918u, 0x010f0211u,
    0x00a52115u, 0x01418a0fu, 0x00c7db13u, 0x00845619u, 0x00b5bc09u, 0x00b5bc14u, 0x00c7ee13u, 0x01a7510au,
    0x0169e70du, 0x0193b00bu, 0x0169f40du, 0x0096c516u, 0x00a53615u, 0x01a75b0au, 0x017d1d0cu, 0x0096db16u,
    0x0193bb0bu, 0x01a7650au, 0x01a76f0au, 0x0193c60bu, 0x01be3209u, 0x00c80113u, 0x010f1311u, 0x00a54b15u,
    0x010f2411u, 0x016a010du, 0x0141990fu, 0x0127b010u, 0x0141a80fu, 0x01be3b09u, 0x016a0e0du, 0x016a1b0du,
    0x0193d10bu, 0x0157760eu, 0x0157840eu, 0x00b5d014u, 0x0157920eu, 0x0193dc0bu, 0x01be4409u, 0x0127c010u,
    0x0157a00eu, 0x01a7790au, 0x01a7830au, 0x01a78d0au, 0x0127d010u, 0x0193e70bu, 0x016a280du, 0x0141b70fu,
    0x0193f20bu, 0x0096f116u, 0x00a56015u, 0x016a350du, 0x0141c60fu, 0x0141d50fu, 0x0141e40fu, 0x016a420du,
    0x0127e010u, 0x0193fd0bu, 0x017d290cu, 0x0194080bu, 0x00970716u, 0x00c81413u, 0x00c82713u, 0x0127f010u,
    0x0194130bu, 0x0141f30fu, 0x0157ae0eu, 0x016a4f0du, 0x00971d16u, 0x007fd41au, 0x008ad118u, 0x017d350cu,
    0x00c83a13u, 0x00b5e414u, 0x0157bc0eu, 0x016a5c0bu, 0x016a5c0du, 0x008ae918u, 0x010f3511u, 0x01280010u,
    0x00973316u, 0x008b0118u, 0x008b1918u, 0x003fbf26u, 0x00b5f814u, 0x00dfbe12u, 0x00974916u, 0x00dfd012u,
    0x0142020fu, 0x00dfe212u, 0x01281010u, 0x01941e0bu, 0x00dff412u, 0x00c84d13u, 0x0142110fu, 0x0194290bu,
    0x010f4611u, 0x016a690au, 0x016a690du, 0x016a760du, 0x00c86013u, 0x00c87309u, 0x00c87313u, 0x00a57515u,
    0x01be4d09u, 0x0090040bu, 0x0157ca0eu, 0x010f5711u, 0x00c88613u, 0x0194340bu, 0x0157d80eu, 0x010f6811u,
    0x01282010u, 0x016a830du, 0x0142200fu, 0x010f7911u, 0x01422f0fu, 0x0157e60eu, 0x016a900du, 0x016a9d0du,
    0x016aaa0du, 0x00975f16u, 0x01943f0bu, 0x01944a0bu, 0x01a7970au, 0x010f8a11u, 0x00c89913u, 0x00b60c14u,
    0x00e00612u, 0x00977516u, 0x01283010u, 0x00e01812u, 0x010f9b11u, 0x00c8ac13u, 0x017d410cu, 0x01be5609u,
    0x00c8bf13u, 0x00e02a12u, 0x0157f40eu, 0x00e03c12u, 0x00a58a15u, 0x010fac11u, 0x01423e0fu, 0x01284010u,
    0x01285010u, 0x01286010u, 0x01287010u, 0x01288010u, 0x00c8d213u, 0x0158020eu, 0x01424d0fu, 0x01425c0fu,
    0x008f9c17u, 0x01426b0fu, 0x010fbd11u, 0x017d4d0cu, 0x017d590cu, 0x0158100eu, 0x00e04e0fu, 0x00e04e12u,
    0x010fce0eu, 0x010fce11u, 0x01289010u, 0x01581e0eu, 0x017d650cu, 0x010fdf11u, 0x00e06012u, 0x010ff011u,
    0x01582c0eu, 0x01583a0bu, 0x01583a0eu, 0x01427a0fu, 0x0158480eu, 0x0128a010u, 0x00c8e513u, 0x01100111u,
    0x017d710cu, 0x0158560eu, 0x017d7d0cu, 0x00c8f813u, 0x0128b010u, 0x017d890cu, 0x017d950cu, 0x0194550bu,
    0x0158640eu, 0x0194600bu, 0x01946b0bu, 0x00c90b13u, 0x016ab70du, 0x017da10cu, 0x0158720eu, 0x00a59f15u,
    0x0158800eu, 0x01101211u, 0x01102311u, 0x0142890fu, 0x01103411u, 0x01588e0eu, 0x0128c010u, 0x008fb317u,
    0x0128d010u, 0x00978b0au, 0x016ac40du, 0x00978b16u, 0x017dad0cu, 0x017db90cu, 0x01be5f09u, 0x01589c0eu,
    0x008b3118u, 0x0194760bu, 0x01ccca08u, 0x01429809u, 0x0142980fu, 0x0128e010u, 0x01104511u, 0x0158aa0eu,
    0x00e07212u, 0x00e08412u, 0x0194810bu, 0x00c91e13u, 0x00b62014u, 0x007bd10au, 0x0097a116u, 0x016ad10du,
    0x016ade0du, 0x0097b716u, 0x0158b80eu, 0x017dc50cu, 0x00e09612u, 0x01105611u, 0x0128f010u, 0x01948c0bu,
    0x008a9809u, 0x01ccd208u, 0x0194970bu, 0x00b63414u, 0x0158c60eu, 0x01a7a10au, 0x01a7ab0au, 0x0194a20bu,
    0x017dd10cu, 0x0158d40eu, 0x01be6809u, 0x01ccda08u, 0x0142a70fu, 0x0142b60fu, 0x0158e20eu, 0x0142c50fu,
    0x00e0a812u, 0x00a5b415u, 0x01290010u, 0x0194ad0bu, 0x016aeb0du, 0x017ddd0cu, 0x016af80du, 0x0142d40fu,
    0x0142e30fu, 0x01291010u, 0x00e0ba12u, 0x01106711u, 0x016b050du, 0x0194b80bu, 0x0142f20fu, 0x01292010u,
    0x0158f00eu, 0x0143010fu, 0x0158fe0eu, 0x01293010u, 0x01107811u, 0x017de90cu, 0x0194c30bu, 0x0097cd16u,
    0x01294010u, 0x00e0cc12u, 0x01295010u, 0x0194ce0bu, 0x0143100fu, 0x01108911u, 0x00e0de12u, 0x01431f0fu,
    0x01296010u, 0x00e0f012u, 0x01432e0fu, 0x01433d0fu, 0x01434c0fu, 0x01435b0fu, 0x01297010u, 0x00a5c915u,
    0x01436a0fu, 0x0143790fu, 0x00b64814u, 0x00e10212u, 0x00e11412u, 0x0097e316u, 0x01109a11u, 0x00e12612u,
    0x0143880fu, 0x00e13812u, 0x00846f19u, 0x00a5de15u, 0x0194d90bu, 0x01be7109u, 0x016b120du, 0x0143970fu,
    0x017df50cu, 0x00e14a12u, 0x01590c0eu, 0x01298010u, 0x007bdb1bu, 0x007fee1au, 0x0075861cu, 0x007bf61bu,
    0x007c111bu, 0x0080081au, 0x0080221au, 0x00848819u, 0x00e15c12u, 0x0143a60fu, 0x01299010u, 0x0129a010u,
    0x016b1f0du, 0x0097f916u, 0x01591a0eu, 0x0159280eu, 0x016b2c0du, 0x0110ab11u, 0x01a7b50au, 0x0159360eu,
    0x0143b50fu, 0x00980f16u, 0x008b4918u, 0x00a5f315u, 0x00982516u, 0x0143c40fu, 0x00c93113u, 0x008fca17u,
    0x008b6118u, 0x00b65c14u, 0x0159440eu, 0x0143d30fu, 0x0110bc11u, 0x0159520eu, 0x01be7a09u, 0x008fe117u,
    0x0070db1eu, 0x00b67014u, 0x0110cd11u, 0x0129b010u, 0x0194e40bu, 0x00b68414u, 0x0194ef0bu, 0x0159600eu,
    0x008ff817u, 0x01a7bf0au, 0x01a7c90au, 0x0194fa0bu, 0x0129c010u, 0x0110de11u, 0x01a7d30au, 0x01596e0eu,
    0x016b390du, 0x00e16e12u, 0x016b460du, 0x00900f17u, 0x01597c0eu, 0x016b530du, 0x0195050bu, 0x00deef09u,
    0x017e010cu, 0x0143e20fu, 0x0217c305u, 0x020d7403u, 0x020d7406u, 0x0150f103u, 0x020d7a06u, 0x0217c805u,
    0x01bfc604u, 0x01481b04u, 0x016b600du, 0x00c94413u, 0x00e18012u, 0x0129d010u, 0x00e19212u, 0x020d8006u,
    0x0129e010u, 0x0143f10fu, 0x0110ef11u, 0x0217cd05u, 0x0129f010u, 0x01110011u, 0x01111111u, 0x00e1a412u,
    0x01112211u, 0x00983b16u, 0x01cce208u, 0x01113311u, 0x0144000fu, 0x012a0010u, 0x00e1b612u, 0x012a1010u,
    0x00c95713u, 0x0093340bu, 0x00e1c812u, 0x00b69814u, 0x0089bd0cu, 0x00b6ac14u, 0x00e1da12u, 0x00902617u,
    0x00742a0cu, 0x00985116u, 0x00b6c014u, 0x00b6d414u, 0x00e1ec12u, 0x00c96a13u, 0x00e1fe12u, 0x00e21012u,
    0x00986716u, 0x00b6e814u, 0x00987d16u, 0x01d81107u, 0x01440f0fu, 0x01441e0fu, 0x00c97d13u, 0x00b6fc14u,
    0x008ed506u, 0x008ed50fu, 0x017e0d0cu, 0x01598a0eu, 0x00e22212u, 0x012a2010u, 0x01114411u, 0x012a3010u,
    0x016b6d0du, 0x01442d0fu, 0x01115511u, 0x01116611u, 0x01443c0fu, 0x00e23412u, 0x00989316u, 0x01117711u,
    0x01444b0fu, 0x00c99013u, 0x01445a0fu, 0x00d1d602u, 0x01be8309u, 0x01ccea08u, 0x0217d205u, 0x0217d705u,
    0x020d8606u, 0x01be8c09u, 0x01248804u, 0x00e24612u, 0x012a4010u, 0x016b7a0du, 0x00c9a313u, 0x0144690fu,
    0x012a5010u, 0x0114d508u, 0x008b7918u, 0x00b71014u, 0x0144780fu, 0x01118811u, 0x017e190cu, 0x00e25812u,
    0x00c9b613u, 0x01119911u, 0x00c9c913u, 0x00b72414u, 0x0144870fu, 0x012a6010u, 0x017e250cu, 0x00e26a12u,
    0x00c9dc13u, 0x00b73814u, 0x00e27c12u, 0x0092540fu, 0x00c9ef13u, 0x0111aa11u, 0x00ca0213u, 0x00aa6103u,
    0x01d81807u, 0x01411607u, 0x00131a02u, 0x0111bb11u, 0x017e310cu, 0x00ca1513u, 0x00b74c14u, 0x0144960fu,
    0x00b76014u, 0x01a57a03u, 0x012a7010u, 0x00e28e12u, 0x0111cc11u, 0x00e2a012u, 0x012a8010u, 0x012a9010u,
    0x0111dd11u, 0x0219d404u, 0x0219d804u, 0x0217dc05u, 0x020d8c06u, 0x020d9206u, 0x020d9806u, 0x01ccf208u,
    0x017e3d0cu, 0x01ccfa08u, 0x0159980eu, 0x0195100bu, 0x012aa010u, 0x0111ee11u, 0x016b870du, 0x01be9509u,
    0x0159a60eu, 0x0144a50fu, 0x020d9e06u, 0x01be9e09u, 0x0219dc04u, 0x01cd0208u, 0x01a7dd0au, 0x00e2b212u,
    0x01218504u, 0x01bea709u, 0x01cd0a08u, 0x017e490cu, 0x01951b0bu, 0x0195260bu, 0x01cd1208u, 0x021a4c03u,
    0x0217e105u, 0x020da406u, 0x01698d02u, 0x01beb009u, 0x01218c04u, 0x01d81f07u, 0x01beb909u, 0x0217e605u,
    0x016b940du, 0x0217eb05u, 0x01d82607u, 0x0111ff11u, 0x01a69202u,
};

// Wildcard rules "*.x", stored as "x".
inline constexpr std::uint32_t psl_wildcard[] = {
    0x0009a531u, 0x020daa05u, 0x01bec208u, 0x0195310au, 0x01953b0au, 0x0195590au, 0x01956d0au, 0x0195770au,
    0x0195950au, 0x005f7320u, 0x0072e61cu, 0x01959f0au, 0x00803c19u, 0x0084d118u, 0x0070f91du, 0x0071161du,
    0x0071331du, 0x00805519u, 0x00806e19u, 0x0071501du, 0x00716d1du, 0x00718a1du, 0x0071a71du, 0x0071c41du,
    0x0075bd1bu, 0x0084e918u, 0x0012e82eu, 0x00077f32u, 0x0075d81bu, 0x0075f31bu, 0x00808719u, 0x0080a019u,
    0x0080b919u, 0x00850118u, 0x00851918u, 0x00853118u, 0x00760e1bu, 0x0076291bu, 0x0080d219u, 0x00854918u,
    0x00856118u, 0x00857918u, 0x00859118u, 0x0085a918u, 0x0145780eu, 0x015a6a0du, 0x0067321fu, 0x0076441bu,
    0x00765f1bu, 0x0073021cu, 0x00499424u, 0x005f9320u, 0x0049b824u, 0x005fb320u, 0x0049dc24u, 0x005fd320u,
    0x005ff320u, 0x00731e1cu, 0x00733a1cu, 0x00601320u, 0x0073561cu, 0x0073721cu, 0x004a0024u, 0x00603320u,
    0x004a2424u, 0x00605320u, 0x004a4824u, 0x00607320u, 0x004a6c24u, 0x00609320u, 0x004a9024u, 0x0060b320u,
    0x0060d320u, 0x004ab424u, 0x0060f320u, 0x016c610cu, 0x0146c80eu, 0x01a8ed09u, 0x00767a1bu, 0x01133010u,
    0x00810419u, 0x00cb4812u, 0x01bf9208u, 0x01135010u, 0x00e3c311u, 0x01a9b309u, 0x01472a0eu, 0x01aa1609u,
    0x00a74c10u, 0x0090ed16u, 0x01c09208u, 0x00564722u, 0x006c851eu, 0x0067701fu, 0x0076b01bu, 0x01981f0au,
    0x00005502u, 0x006cd00fu, 0x00a6d014u, 0x015bf00du, 0x0114f010u, 0x004fda23u, 0x00340227u, 0x020f8f05u,
    0x01c2ba08u, 0x008c1b17u, 0x0086e115u, 0x0086e118u, 0x01485e0eu, 0x0099f915u, 0x00b00c10u, 0x01956e09u,
    0x016eb90cu, 0x00a74814u, 0x009a4d15u, 0x015c4b0du, 0x015c580du, 0x00912f16u, 0x01abcf09u, 0x00a75c11u,
    0x00a75c14u, 0x00000602u, 0x0056ad22u, 0x006cc11eu, 0x006cdf1eu, 0x0056cf22u, 0x006cfd1eu, 0x00625320u,
    0x0073c61cu, 0x00627320u, 0x00629320u, 0x0067ec1fu, 0x0077011bu, 0x00680b1fu, 0x00771c1bu, 0x00682a1fu,
    0x0077371bu, 0x01c39208u, 0x012ee80fu, 0x0149ae0eu, 0x00818119u, 0x0153ec0au, 0x009d2e02u, 0x01ace609u,
    0x012eeb0cu, 0x0186cc0bu, 0x019c7f0au, 0x00e8be11u, 0x0131310fu, 0x01d1dc07u, 0x01e74b06u, 0x0056f122u,
    0x006d931eu, 0x0131b80fu, 0x015eef0du, 0x014c080eu, 0x01439c02u, 0x0114c50bu, 0x01d34f07u, 0x01d35607u,
    0x00cc5b0du, 0x016e2207u, 0x00d49012u, 0x0102db11u, 0x01d3aa07u, 0x0174410cu, 0x0102fd11u, 0x0189e40bu,
    0x00ad3814u, 0x01033011u, 0x00571322u, 0x006e0b1eu, 0x00641320u, 0x0074de1cu, 0x009ed015u, 0x01627d0du,
    0x00318102u, 0x0175850cu, 0x0175910cu, 0x006e291eu, 0x01480f09u, 0x008e5a17u, 0x02047a06u, 0x0150140eu,
    0x00c22602u, 0x02051606u, 0x00d81412u, 0x00b00814u, 0x00b01c14u, 0x00b03014u, 0x01b7b109u, 0x01209010u,
    0x01b7ba09u, 0x00c31b13u, 0x0094cb16u, 0x00a08915u, 0x01d58607u, 0x01b82f09u, 0x01a1430au, 0x0177890cu,
    0x01a1570au, 0x01a1610au, 0x01a16b0au, 0x01a1750au, 0x01a1930au, 0x00834c02u, 0x013b810fu, 0x00d96a12u,
    0x0083a719u, 0x00d97c12u, 0x01072c11u, 0x0121a010u, 0x01653b0du, 0x006cce11u, 0x018e040bu, 0x018e0f0bu,
    0x0068681fu, 0x00525023u, 0x01759607u, 0x018e880bu, 0x018e930bu, 0x01a2d30au, 0x006ab51fu, 0x007a7c1bu,
    0x012d0d0au, 0x020b0a06u, 0x01481d09u, 0x00840b19u, 0x0083b30du, 0x00dc4c12u, 0x01239010u, 0x0167770du,
    0x00b2b014u, 0x01d6dd07u, 0x017a710cu, 0x01bc3a09u, 0x0153e80eu, 0x01a44f0au, 0x0190a30bu, 0x01911c0bu,
    0x0191270bu, 0x0191320bu, 0x0191480bu, 0x01cb9a08u, 0x01bd3609u, 0x0070091eu, 0x0070271eu, 0x006bad1fu,
    0x007ab21bu, 0x007acd1bu, 0x006bcc1fu, 0x007ae81bu, 0x007b031bu, 0x006beb1fu, 0x006c0a1fu, 0x0066d320u,
    0x006c291fu, 0x007b1e1bu, 0x007b391bu, 0x006c481fu, 0x007b541bu, 0x007b6f1bu, 0x007b8a1bu, 0x01d78c07u,
    0x00df4012u, 0x01265010u, 0x0169580du, 0x0126d010u, 0x01bdd809u, 0x01a6430au, 0x01cc9a08u, 0x01a6570au,
    0x01a6610au, 0x01a66b0au, 0x01a6750au, 0x0192710bu, 0x0140f40fu, 0x01a6b10au, 0x0141300fu, 0x01d80a07u,
    0x0114d50bu, 0x01a7e70au, 0x0121850bu,
};

// Exception rules "!y.x", stored as "y.x".
inline constexpr std::uint32_t psl_exception[] = {
    0x0114c010u, 0x00cc5612u, 0x016e1d0cu, 0x01480a0eu, 0x012d080fu, 0x0148180eu, 0x0114d010u, 0x020d5606u,
};

// Domains with a rule strictly below them (a plain rule under it, or a wildcard rule "*.x"
// with x the domain itself or under it).
inline constexpr std::uint32_t psl_below[] = {
    0x0009a531u, 0x020daa05u, 0x01bec208u, 0x0195310au, 0x01c4a505u, 0x01953b0au, 0x00003d02u, 0x01bc2305u,
    0x0195590au, 0x011f8907u, 0x00318723u, 0x01956d0au, 0x0149260au, 0x009a5111u, 0x0195770au, 0x0075b902u,
    0x0195950au, 0x012b000au, 0x0075b904u, 0x0007cb02u, 0x005f7320u, 0x0007cb18u, 0x005b581cu, 0x005e9c11u,
    0x0072e61cu, 0x005ce818u, 0x01959f0au, 0x002ac902u, 0x01c4ad05u, 0x00077f02u, 0x00bae908u, 0x00803c19u,
    0x00341115u, 0x00341118u, 0x0084d118u, 0x0070f91du, 0x0071161du, 0x0071331du, 0x00805519u, 0x00806e19u,
    0x0071501du, 0x00716d1du, 0x00718a1du, 0x0071a71du, 0x0071c41du, 0x0075bd1bu, 0x0084e918u, 0x0012e82eu,
    0x00077f32u, 0x0075d81bu, 0x0075f31bu, 0x00808719u, 0x0080a019u, 0x0080b919u, 0x00850118u, 0x00851918u,
    0x00853118u, 0x00760e1bu, 0x0076291bu, 0x0080d219u, 0x00854918u, 0x00856118u, 0x00857918u, 0x00859118u,
    0x0085a918u, 0x0145780eu, 0x01afc305u, 0x01395a0bu, 0x00922f08u, 0x00005002u, 0x01afcc05u, 0x015a6a0du,
    0x00002202u, 0x0000660du, 0x00010c10u, 0x00279011u, 0x00002218u, 0x00013f14u, 0x008b5502u, 0x00aefb09u,
    0x0067321fu, 0x000d0017u, 0x0061181bu, 0x0065a310u, 0x0076441bu, 0x00643c17u, 0x00765f1bu, 0x0073021cu,
    0x00499424u, 0x0001a31cu, 0x00407e20u, 0x0047e815u, 0x005f9320u, 0x0043411cu, 0x0049b824u, 0x0001d91cu,
    0x0040a320u, 0x00480d15u, 0x005fb320u, 0x0043661cu, 0x0049dc24u, 0x00020f1cu, 0x0040c820u, 0x00483215u,
    0x005fd320u, 0x0044d81cu, 0x005ff320u, 0x0007fd18u, 0x005b791cu, 0x005ebd11u, 0x00731e1cu, 0x00733a1cu,
    0x005ca618u, 0x00601320u, 0x000a8218u, 0x005b9a1cu, 0x005ede11u, 0x0073561cu, 0x0073721cu, 0x005d2a18u,
    0x004a0024u, 0x0002451cu, 0x0040ed20u, 0x00485715u, 0x00603320u, 0x00438b1cu, 0x004a2424u, 0x00027b1cu,
    0x00411220u, 0x00487c15u, 0x00605320u, 0x0043b01cu, 0x004a4824u, 0x0004c21cu, 0x00413720u, 0x0048a115u,
    0x00607320u, 0x0045471cu, 0x004a6c24u, 0x0004f71cu, 0x00415c20u, 0x0048c615u, 0x00609320u, 0x00456c1cu,
    0x004a9024u, 0x00052c1cu, 0x00418120u, 0x0048eb15u, 0x0060b320u, 0x0060d320u, 0x004ab424u, 0x0041a620u,
    0x00491015u, 0x0060f320u, 0x00000c03u, 0x006cda05u, 0x01653d0bu, 0x016c610cu, 0x005dd002u, 0x01afd505u,
    0x01599b04u, 0x006db916u, 0x00006002u, 0x01afde05u, 0x00df330du, 0x0073ae04u, 0x0009c102u, 0x0146c80eu,
    0x01a8ed09u, 0x00767a1bu, 0x01133010u, 0x007c4f11u, 0x00810419u, 0x00011c02u, 0x00cb4812u, 0x00006c02u,
    0x01bf9208u, 0x00006c03u, 0x0007c023u, 0x000cf522u, 0x00019827u, 0x0001ce27u, 0x00020427u, 0x0007f223u,
    0x00023a27u, 0x00027027u, 0x0005f325u, 0x00062725u, 0x00082423u, 0x00085623u, 0x000d2622u, 0x000d5722u,
    0x000d8822u, 0x00065b25u, 0x00088823u, 0x000db922u, 0x000dea22u, 0x000e1b22u, 0x000e4c22u, 0x000e7d22u,
    0x01135010u, 0x00cdc30du, 0x00002402u, 0x01afe705u, 0x00e3c311u, 0x0070c813u, 0x00000b02u, 0x0073eb03u,
    0x0073eb13u, 0x0146da0au, 0x00982002u, 0x00108c02u, 0x00433a02u, 0x013b1d0au, 0x00c4b00du, 0x01a9b309u,
    0x01472a0eu, 0x015cc406u, 0x01565202u, 0x007fc002u, 0x008a7702u, 0x0092c202u, 0x0113f003u, 0x01aabb06u,
    0x00108302u, 0x00cbb402u, 0x01289c02u, 0x0009dd02u, 0x005ddf02u, 0x018e8a09u, 0x018e9509u, 0x01a2d508u,
    0x013d390au, 0x013d480au, 0x013d570au, 0x00002a02u, 0x00c7df02u, 0x01a29205u, 0x015b7f09u, 0x0009b305u,
    0x01aa1609u, 0x00a74c10u, 0x00cca808u, 0x01809108u, 0x0139690bu, 0x0090ed02u, 0x0090ed16u, 0x0078d802u,
    0x01950f02u, 0x01c09208u, 0x0000ca02u, 0x00564722u, 0x0000ca1au, 0x004f0d1eu, 0x0054d613u, 0x006c851eu,
    0x0031b81au, 0x0067701fu, 0x0002b517u, 0x0061381bu, 0x0065c310u, 0x0076b01bu, 0x0043da17u, 0x01aff005u,
    0x00cbea04u, 0x0163430au, 0x0137a60cu, 0x017bc904u, 0x0197f704u, 0x00003e02u, 0x007aa202u, 0x007aa210u,
    0x018dda09u, 0x0165b409u, 0x00566902u, 0x010d4a0fu, 0x008b8908u, 0x0075a402u, 0x01981f0au, 0x00005502u,
    0x00019c02u, 0x00777315u, 0x015e2f0au, 0x00841410u, 0x00019c05u, 0x006cd00fu, 0x00a6d014u, 0x00e65e0du,
    0x007d4f15u, 0x0007c41fu, 0x000cf91eu, 0x00019c23u, 0x0001d223u, 0x00020823u, 0x0007f61fu, 0x00023e23u,
    0x00027423u, 0x0005f721u, 0x00062b21u, 0x0008281fu, 0x00085a1fu, 0x000d2a1eu, 0x000d5b1eu, 0x000d8c1eu,
    0x00065f21u, 0x00088c1fu, 0x000dbd1eu, 0x000dee1eu, 0x000e1f1eu, 0x000e501eu, 0x000e811eu, 0x015bf00du,
    0x00cc000eu, 0x00815315u, 0x00a6c010u, 0x00866d14u, 0x008f770eu, 0x00ad8c10u, 0x00b95210u, 0x00834f0du,
    0x015a2004u, 0x0114f010u, 0x008f0602u, 0x00001002u, 0x004fda23u, 0x0005611bu, 0x00016326u, 0x004bdd1bu,
    0x00340227u, 0x0000fd1fu, 0x0000102au, 0x0031db1fu, 0x020f8f05u, 0x00003402u, 0x01241b05u, 0x01b48205u,
    0x00a70705u, 0x01aff905u, 0x0009ae28u, 0x00a75408u, 0x01c2ba08u, 0x016e7105u, 0x00012132u, 0x00003403u,
    0x00ad9606u, 0x01099b06u, 0x00003406u, 0x00bd7106u, 0x0137bb06u, 0x00e4b109u, 0x01636007u, 0x008c1b17u,
    0x0086e115u, 0x0086e118u, 0x01485e0eu, 0x00b13810u, 0x00917b0cu, 0x009aff0bu, 0x01496404u, 0x00769a16u,
    0x0099aa10u, 0x0149340au, 0x0066f502u, 0x01953407u, 0x013ba707u, 0x01b00205u, 0x001fe002u, 0x0099f915u,
    0x00b00c10u, 0x008a9302u, 0x006d8b02u, 0x00b5bb02u, 0x0097a702u, 0x009a3602u, 0x01956e09u, 0x00cd590bu,
    0x016eb90cu, 0x00cceb0du, 0x008cf30eu, 0x01b00b05u, 0x012ea408u, 0x00013202u, 0x01c10d05u, 0x01223808u,
    0x00e98f06u, 0x007c5903u, 0x00a74814u, 0x009a4d15u, 0x00898910u, 0x015c4b0du, 0x015c580du, 0x00912f16u,
    0x00914506u, 0x0078ef13u, 0x015c6f03u, 0x009d4002u, 0x008ff002u, 0x00739b02u, 0x00d21109u, 0x000a1622u,
    0x000eae21u, 0x0003af26u, 0x0003e426u, 0x00041926u, 0x000a4722u, 0x000a7822u, 0x00044e26u, 0x00048326u,
    0x0004b826u, 0x0004ed26u, 0x00052226u, 0x0000c024u, 0x0002ab21u, 0x00055725u, 0x0000f329u, 0x0006c224u,
    0x0006f524u, 0x000aa922u, 0x000ada22u, 0x000b0b22u, 0x000f0e21u, 0x000f3e21u, 0x000f6e21u, 0x00072824u,
    0x00075b24u, 0x000b3c22u, 0x000f9e21u, 0x0002e021u, 0x00031521u, 0x00004e25u, 0x00008725u, 0x00034a21u,
    0x00037f21u, 0x01abcf09u, 0x0131180au, 0x01585202u, 0x00569a13u, 0x00108502u, 0x00e74503u, 0x012c8a06u,
    0x016e5c09u, 0x006cde02u, 0x007cbf02u, 0x00b20808u, 0x004dff14u, 0x00bd800au, 0x00a75c11u, 0x00a75c14u,
    0x01169505u, 0x00839611u, 0x017ef208u, 0x0115e30du, 0x00e6a708u, 0x013b580bu, 0x00000602u, 0x01925f07u,
    0x00001902u, 0x01486606u, 0x00019402u, 0x00012d02u, 0x0056ad22u, 0x0006321au, 0x004f301eu, 0x0054f913u,
    0x006cc11eu, 0x006cdf1eu, 0x0051871au, 0x0056cf22u, 0x0006ff1au, 0x004f531eu, 0x00551c13u, 0x006cfd1eu,
    0x0051f01au, 0x00625320u, 0x00082f18u, 0x005bbb1cu, 0x005eff11u, 0x0073c61cu, 0x005d4b18u, 0x00627320u,
    0x00086118u, 0x005bdc1cu, 0x005f2011u, 0x005d6c18u, 0x00629320u, 0x000b1518u, 0x005bfd1cu, 0x005f4111u,
    0x005d8d18u, 0x0067ec1fu, 0x000d3117u, 0x0061581bu, 0x0065e310u, 0x0077011bu, 0x0062bc17u, 0x00680b1fu,
    0x000d6217u, 0x0061781bu, 0x00660310u, 0x00771c1bu, 0x0062dc17u, 0x00682a1fu, 0x000d9317u, 0x0061981bu,
    0x00662310u, 0x0077371bu, 0x0064bc17u, 0x017ee906u, 0x006db51au, 0x00012d03u, 0x00012d26u, 0x00e61b0cu,
    0x0160fe06u, 0x00c3b90du, 0x00c3cc0du, 0x01c39208u, 0x012ee80fu, 0x0149ae0eu, 0x00818119u, 0x00c30008u,
    0x00bc7903u, 0x0091eb0au, 0x011c540cu, 0x01466b09u, 0x00739911u, 0x00004902u, 0x00821c09u, 0x0153ec0au,
    0x00927c13u, 0x00c7e202u, 0x009d2e02u, 0x01b01405u, 0x00e32307u, 0x01875302u, 0x01c4bd05u, 0x006d7f14u,
    0x0131610cu, 0x00568202u, 0x006d8310u, 0x01ace609u, 0x00943f08u, 0x008a070au, 0x007c3a0cu, 0x006d7503u,
    0x010ea10cu, 0x012eeb0cu, 0x01b01d05u, 0x00e9e705u, 0x0186cc0bu, 0x00ac7503u, 0x00756202u, 0x017fe403u,
    0x002aca02u, 0x00970b02u, 0x00bb9502u, 0x00566f02u, 0x0087e207u, 0x00319602u, 0x00319606u, 0x00012302u,
    0x01265c04u, 0x01a27306u, 0x01a80606u, 0x0123ba06u, 0x0122b808u, 0x012c6c06u, 0x0128ab02u, 0x007cc002u,
    0x010eb405u, 0x00c3f202u, 0x00742202u, 0x01b02605u, 0x0087b108u, 0x01cfdf05u, 0x01411102u, 0x00b66502u,
    0x00753b06u, 0x008fee0au, 0x012f5808u, 0x013de008u, 0x01b2c005u, 0x00720f0cu, 0x012f6708u, 0x00977d02u,
    0x01c4c505u, 0x01c4cd05u, 0x00c84102u, 0x0081c10bu, 0x009acf11u, 0x01530107u, 0x013a940cu, 0x0076d604u,
    0x0078d116u, 0x019c7f0au, 0x0089760bu, 0x0099c207u, 0x00e8be11u, 0x0131310fu, 0x00820702u, 0x017c3d08u,
    0x005dd80fu, 0x00bb9602u, 0x00821102u, 0x00add008u, 0x01b02f05u, 0x008cc90au, 0x01d1dc07u, 0x018e0807u,
    0x018e1307u, 0x00012902u, 0x01e74b06u, 0x01b03805u, 0x00018d02u, 0x0074450du, 0x00066602u, 0x0056f122u,
    0x0006661au, 0x004f761eu, 0x00553f13u, 0x006d931eu, 0x0052131au, 0x01b04105u, 0x00720b02u, 0x00004502u,
    0x0131b80fu, 0x01b04a05u, 0x015eef0du, 0x014c080eu, 0x00813204u, 0x00895613u, 0x00004503u, 0x006cd609u,
    0x0076d115u, 0x00151702u, 0x01104e02u, 0x00078002u, 0x00ab610bu, 0x0083dc16u, 0x0083f516u, 0x00012502u,
    0x005dd512u, 0x00951b08u, 0x0130080cu, 0x00108402u, 0x00df560eu, 0x00e4e90cu, 0x0080ef15u, 0x006dbf10u,
    0x01439c02u, 0x00946502u, 0x00721902u, 0x01214709u, 0x008f3808u, 0x007d0214u, 0x007d1c14u, 0x007d3614u,
    0x008c9c09u, 0x007f7a0cu, 0x007cf10bu, 0x0114c50bu, 0x002ace02u, 0x0115130du, 0x014a8302u, 0x00a27002u,
    0x007d6702u, 0x01d34f07u, 0x01d35607u, 0x00cc5b0du, 0x01381a02u, 0x00812802u, 0x016e2207u, 0x009c5208u,
    0x00869c02u, 0x00977902u, 0x00b61003u, 0x01b05305u, 0x00b9440bu, 0x008d240bu, 0x00d49012u, 0x00b56b02u,
    0x0087cb02u, 0x01b05c05u, 0x0088b908u, 0x01a6d002u, 0x0009c002u, 0x01b06505u, 0x016c5a07u, 0x0102db11u,
    0x00d1d410u, 0x005dde02u, 0x0096e002u, 0x01d3aa07u, 0x0174410cu, 0x01a80f06u, 0x014c4509u, 0x0083ae04u,
    0x008e670au, 0x0102fd11u, 0x00880415u, 0x008c6404u, 0x004e0d02u, 0x00df450du, 0x0189e40bu, 0x0161fb03u,
    0x01503806u, 0x00834b11u, 0x00c8d602u, 0x00005102u, 0x00753e02u, 0x0071e702u, 0x00ad3814u, 0x00a50002u,
    0x00131902u, 0x00002302u, 0x01214b05u, 0x01033011u, 0x00b0990fu, 0x007cb90fu, 0x00340102u, 0x017c4908u,
    0x008c3102u, 0x01b06e05u, 0x00076502u, 0x00571322u, 0x0007651au, 0x004f991eu, 0x00556213u, 0x006e0b1eu,
    0x0052361au, 0x00641320u, 0x00089318u, 0x005c1e1cu, 0x005f6211u, 0x0074de1cu, 0x005dae18u, 0x0166a205u,
    0x00c04905u, 0x0113bc04u, 0x009ed015u, 0x009a2a0eu, 0x0115f30du, 0x008b6802u, 0x012b2305u, 0x011caa06u,
    0x01627d0du, 0x00779a09u, 0x00938c0bu, 0x008d0002u, 0x00433702u, 0x00318102u, 0x002aab02u, 0x01b08905u,
    0x00768e02u, 0x01b09205u, 0x0094ea04u, 0x0175850cu, 0x00878f12u, 0x007d5a02u, 0x0009d702u, 0x01c4d505u,
    0x00007202u, 0x01b09b05u, 0x002f2702u, 0x01b0a405u, 0x0175910cu, 0x0059fe02u, 0x00e66407u, 0x0039a402u,
    0x0001be02u, 0x004fbc02u, 0x004fbc1eu, 0x00558513u, 0x006e291eu, 0x007c6902u, 0x00dc5509u, 0x0123430du,
    0x007c6911u, 0x01845202u, 0x00006b02u, 0x017bc409u, 0x008d5409u, 0x0089d60bu, 0x01480f09u, 0x00af4004u,
    0x00925c07u, 0x00279502u, 0x01adcb05u, 0x01b0ad05u, 0x008c8905u, 0x01b0b605u, 0x019d4a07u, 0x0070d803u,
    0x00a27607u, 0x00b3f404u, 0x00813302u, 0x00a9b90fu, 0x00433e02u, 0x017ed108u, 0x01b0bf05u, 0x00012402u,
    0x008ddd0au, 0x01b0c805u, 0x0074fa02u, 0x00799410u, 0x01c4dd05u, 0x01b0d105u, 0x00001302u, 0x00820116u,
    0x0123a60au, 0x008e5a17u, 0x02047a06u, 0x008b260bu, 0x0150140eu, 0x007d550fu, 0x00812903u, 0x00c22602u,
    0x008daa02u, 0x01c4e505u, 0x008dd802u, 0x01b0da05u, 0x02051606u, 0x01b0e305u, 0x0088c302u, 0x00d81412u,
    0x00ad2810u, 0x00657a19u, 0x00b00814u, 0x00b01c14u, 0x00b03014u, 0x01c4ed05u, 0x01b0ec05u, 0x00b83e07u,
    0x004bfe05u, 0x008e0b0au, 0x0082710au, 0x01c4f505u, 0x00003502u, 0x01b7b109u, 0x01209010u, 0x01b7ba09u,
    0x00001f1bu, 0x00013c17u, 0x002f4b06u, 0x00b72503u, 0x00a4b206u, 0x00b14d0fu, 0x01b0fe05u, 0x00c31b13u,
    0x0094cb16u, 0x00a08915u, 0x01510206u, 0x0073a703u, 0x00904d06u, 0x007a9b17u, 0x00d4970bu, 0x00860d14u,
    0x00739218u, 0x0081dd08u, 0x019bf607u, 0x0126860au, 0x01d58607u, 0x01313903u, 0x01313907u, 0x01b82f09u,
    0x017b4c09u, 0x005dc602u, 0x01a1430au, 0x01b10705u, 0x007cb414u, 0x005dc604u, 0x012d7808u, 0x01553d09u,
    0x0177890cu, 0x01a1570au, 0x01a1610au, 0x01a16b0au, 0x0070c502u, 0x01a1750au, 0x0091c802u, 0x01a1930au,
    0x00834c02u, 0x0077a202u, 0x015d4906u, 0x015a0708u, 0x018b8c05u, 0x00824802u, 0x0009bf02u, 0x0079af10u,
    0x011c6605u, 0x0009bf17u, 0x012edd0bu, 0x013b810fu, 0x0127350bu, 0x01273c04u, 0x01a8f006u, 0x00887802u,
    0x007cfb02u, 0x0009e302u, 0x01b11005u, 0x01699d09u, 0x010d5c0eu, 0x00d96a12u, 0x0083a719u, 0x0009e303u,
    0x007c4a16u, 0x0091e60fu, 0x00911e11u, 0x009a6611u, 0x00004b02u, 0x0162f708u, 0x0095e802u, 0x008bda03u,
    0x007f8502u, 0x00986602u, 0x009b0d12u, 0x00b5db02u, 0x01a45306u, 0x00d97c12u, 0x01072c11u, 0x00914c0fu,
    0x0091620fu, 0x0121a010u, 0x01653b0du, 0x006cce11u, 0x0155110bu, 0x018e040bu, 0x018e0f0bu, 0x00dc2d0du,
    0x0114f907u, 0x005fa211u, 0x0068681fu, 0x00525023u, 0x00268602u, 0x0114530du, 0x0146400au, 0x019caa07u,
    0x015ea40au, 0x00a0d30au, 0x00d9720au, 0x008c3a0fu, 0x00a6fd0fu, 0x017ea607u, 0x01b3b305u, 0x012df103u,
    0x00e74107u, 0x01c4fd05u, 0x00836411u, 0x0009e402u, 0x00e9b105u, 0x00151202u, 0x00566c02u, 0x008f310fu,
    0x008f480fu, 0x00820512u, 0x00b14803u, 0x01759607u, 0x01944502u, 0x018e880bu, 0x018e930bu, 0x01a2d30au,
    0x00319317u, 0x0009c802u, 0x006ab51fu, 0x000dc417u, 0x0061b81bu, 0x00664310u, 0x007a7c1bu, 0x0064dc17u,
    0x00c9fb07u, 0x002ac80du, 0x0031ea10u, 0x0077b40au, 0x0083e210u, 0x0009c80eu, 0x012d0d0au, 0x0075230fu,
    0x00845102u, 0x00012f02u, 0x01b11905u, 0x00bd6611u, 0x011a020eu, 0x020b0a06u, 0x0122bc04u, 0x00cc810bu,
    0x006d8a09u, 0x016c1108u, 0x003fda02u, 0x01b3c505u, 0x00002b02u, 0x01481d09u, 0x00002b08u, 0x00840b19u,
    0x01c50505u, 0x00757602u, 0x00720202u, 0x01bf5505u, 0x00b06408u, 0x008c840au, 0x0091be0bu, 0x00c16e04u,
    0x00dc0404u, 0x000b6402u, 0x000b6404u, 0x0083dd02u, 0x00435c02u, 0x002ad402u, 0x0083b30du, 0x00024802u,
    0x008bab05u, 0x00d08608u, 0x00dc4c12u, 0x00871a0fu, 0x01690208u, 0x01ad3a06u, 0x01239010u, 0x00004102u,
    0x009bb90eu, 0x00001a02u, 0x015e0005u, 0x00c2f810u, 0x0167770du, 0x00b2b014u, 0x01d6dd07u, 0x00739515u,
    0x017a710cu, 0x01bc3a09u, 0x00d0930du, 0x0154070bu, 0x0109f90eu, 0x012efe05u, 0x00c04f0du, 0x0059dc02u,
    0x00b1150bu, 0x015acb07u, 0x00397d02u, 0x014ad70bu, 0x0153e80eu, 0x0157ad02u, 0x00bf1202u, 0x01a44f0au,
    0x00bf1207u, 0x007c0b02u, 0x0177730au, 0x01514a0cu, 0x00c5a60eu, 0x01249004u, 0x012d2204u, 0x015c000au,
    0x01521d0bu, 0x0190a30bu, 0x00a4ec0bu, 0x0009a92du, 0x00755614u, 0x0009c202u, 0x00001602u, 0x00755e0cu,
    0x00847402u, 0x00767b02u, 0x007ce102u, 0x01c51505u, 0x00831002u, 0x01b12205u, 0x00012602u, 0x008df40au,
    0x00d96505u, 0x0082a10cu, 0x0087c908u, 0x01492b05u, 0x012f8603u, 0x00b0ae0eu, 0x0095450au, 0x009fae09u,
    0x00000002u, 0x01c51d05u, 0x013d660au, 0x01911c0bu, 0x0191270bu, 0x0191320bu, 0x0099bd12u, 0x0191480bu,
    0x01c09406u, 0x01cb9a08u, 0x0085e502u, 0x008f1102u, 0x008f2802u, 0x01b12b05u, 0x0121940cu, 0x00670d02u,
    0x00004f02u, 0x008ee802u, 0x007c3b02u, 0x01bd3609u, 0x00005802u, 0x0070091eu, 0x0070271eu, 0x006bad1fu,
    0x0002ea17u, 0x003fef1bu, 0x00666310u, 0x007ab21bu, 0x007acd1bu, 0x0043ff17u, 0x006bcc1fu, 0x00031f17u,
    0x0040141bu, 0x00668310u, 0x007ae81bu, 0x007b031bu, 0x00442417u, 0x0000581bu, 0x0027821fu, 0x002f3d14u,
    0x006beb1fu, 0x002aba1bu, 0x0000911bu, 0x0027ab1fu, 0x002f6614u, 0x006c0a1fu, 0x002ae31bu, 0x0066d320u,
    0x006c291fu, 0x00035417u, 0x0040391bu, 0x0066a310u, 0x007b1e1bu, 0x007b391bu, 0x00444917u, 0x006c481fu,
    0x00038917u, 0x00405e1bu, 0x0066c310u, 0x007b541bu, 0x007b6f1bu, 0x00446e17u, 0x007b8a1bu, 0x01d78c07u,
    0x00df4012u, 0x01265010u, 0x00757511u, 0x01b13405u, 0x0077ae02u, 0x008af002u, 0x01352805u, 0x01b13d05u,
    0x01926a07u, 0x00757902u, 0x00743d02u, 0x0107ed0bu, 0x01c52d05u, 0x00b5c302u, 0x00002e02u, 0x01b14605u,
    0x00df5203u, 0x00b3b202u, 0x0080f80cu, 0x0169580du, 0x01b14f05u, 0x008b3b02u, 0x0126d010u, 0x01bdd809u,
    0x015f1b08u, 0x01a6430au, 0x00a66705u, 0x01cc9a08u, 0x00d1fa0eu, 0x0082bb0bu, 0x01a6570au, 0x01a6610au,
    0x01a66b0au, 0x01a6750au, 0x0126450bu, 0x0192710bu, 0x0140f40fu, 0x000b6107u, 0x0083b602u, 0x01a6b10au,
    0x01b16105u, 0x00d9280cu, 0x012e8604u, 0x00959c0bu, 0x0113d50bu, 0x00a27904u, 0x0092ea13u, 0x00006d02u,
    0x01c2ff03u, 0x01c26505u, 0x01b16a05u, 0x0141300fu, 0x01d80a07u, 0x007fc80cu, 0x00b5b20au, 0x0090040bu,
    0x003fcc19u, 0x007bd10au, 0x008a9809u, 0x0070e811u, 0x00deef09u, 0x0150f103u, 0x0093340bu, 0x0089bd0cu,
    0x00742a0cu, 0x008ed50fu, 0x00d1d602u, 0x0114d50bu, 0x00131a02u, 0x0088c402u, 0x01a7e70au, 0x0121850bu,
    0x01698d02u, 0x01218c04u, 0x01a69202u,
};

// For each psl_below entry, a rule below it (fewest labels, then shortest).
inline constexpr std::uint32_t psl_below_witness[] = {
    0x0009a531u, 0x020daa05u, 0x01bec208u, 0x0195310au, 0x01c4a208u, 0x01953b0au, 0x01db1b06u, 0x01bc1f09u,
    0x0195590au, 0x011f8010u, 0x00318228u, 0x01956d0au, 0x0149220eu, 0x009a4d15u, 0x0195770au, 0x020dbe05u,
    0x0195950au, 0x012afb0fu, 0x01c09a08u, 0x01db2106u, 0x005f7320u, 0x0079bf1bu, 0x005b5321u, 0x0074521cu,
    0x0072e61cu, 0x006af31fu, 0x01959f0au, 0x020f9e05u, 0x01c4aa08u, 0x01db2d06u, 0x010a720cu, 0x00803c19u,
    0x0067321fu, 0x004fda23u, 0x0084d118u, 0x0070f91du, 0x0071161du, 0x0071331du, 0x00805519u, 0x00806e19u,
    0x0071501du, 0x00716d1du, 0x00718a1du, 0x0071a71du, 0x0071c41du, 0x0075bd1bu, 0x0084e918u, 0x0012e82eu,
    0x00077f32u, 0x0075d81bu, 0x0075f31bu, 0x00808719u, 0x0080a019u, 0x0080b919u, 0x00850118u, 0x00851918u,
    0x00853118u, 0x00760e1bu, 0x0076291bu, 0x0080d219u, 0x00854918u, 0x00856118u, 0x00857918u, 0x00859118u,
    0x0085a918u, 0x0145780eu, 0x01c0c208u, 0x0139560fu, 0x0176810cu, 0x01db3306u, 0x01c0ca08u, 0x015a6a0du,
    0x020fa305u, 0x0121d010u, 0x00a75c14u, 0x00611320u, 0x00015336u, 0x00011c37u, 0x020fa805u, 0x0137850fu,
    0x0067321fu, 0x007e681au, 0x00611320u, 0x0077d91bu, 0x0076441bu, 0x006efb1eu, 0x00765f1bu, 0x0073021cu,
    0x00499424u, 0x0069bd1fu, 0x00407925u, 0x00635320u, 0x005f9320u, 0x0053f423u, 0x0049b824u, 0x0069dc1fu,
    0x00409e25u, 0x00637320u, 0x005fb320u, 0x00541723u, 0x0049dc24u, 0x0069fb1fu, 0x0040c325u, 0x00639320u,
    0x005fd320u, 0x00543a23u, 0x005ff320u, 0x0079da1bu, 0x005b7421u, 0x00746e1cu, 0x00731e1cu, 0x00733a1cu,
    0x006b121fu, 0x00601320u, 0x0079f51bu, 0x005b9521u, 0x005ece21u, 0x0073561cu, 0x0073721cu, 0x005d2121u,
    0x004a0024u, 0x006a1a1fu, 0x0040e825u, 0x0063b320u, 0x00603320u, 0x00545d23u, 0x004a2424u, 0x006a391fu,
    0x00410d25u, 0x0063d320u, 0x00605320u, 0x00548023u, 0x004a4824u, 0x006a581fu, 0x00413225u, 0x0063f320u,
    0x00607320u, 0x0054a323u, 0x004a6c24u, 0x006a771fu, 0x00415725u, 0x0048b625u, 0x00609320u, 0x00456325u,
    0x004a9024u, 0x006a961fu, 0x00417c25u, 0x0048db25u, 0x0060b320u, 0x0060d320u, 0x004ab424u, 0x0041a125u,
    0x00490025u, 0x0060f320u, 0x013ba707u, 0x006cd609u, 0x01653b0du, 0x016c610cu, 0x01d98f06u, 0x01c0d208u,
    0x01c62208u, 0x006db11eu, 0x01e40306u, 0x01c0da08u, 0x00df2e12u, 0x01c35208u, 0x02180004u, 0x0146c80eu,
    0x01a8ed09u, 0x00767a1bu, 0x01133010u, 0x007c461au, 0x00810419u, 0x02129605u, 0x00cb4812u, 0x01db4506u,
    0x01bf9208u, 0x00d96a12u, 0x0007b132u, 0x000ce631u, 0x00018936u, 0x0001bf36u, 0x0001f536u, 0x0007e332u,
    0x00022b36u, 0x00026136u, 0x0005e434u, 0x00061834u, 0x00081532u, 0x00084732u, 0x000d1731u, 0x000d4831u,
    0x000d7931u, 0x00064c34u, 0x00087932u, 0x000daa31u, 0x000ddb31u, 0x000e0c31u, 0x000e3d31u, 0x000e6e31u,
    0x01135010u, 0x00cdbe12u, 0x020fb205u, 0x01c0e208u, 0x00e3c311u, 0x0098a915u, 0x0215c005u, 0x018e510bu,
    0x0073e21cu, 0x0164100du, 0x020fb705u, 0x020dc305u, 0x020dc805u, 0x013b180fu, 0x00c4aa13u, 0x01a9b309u,
    0x01472a0eu, 0x01821d0bu, 0x01e42106u, 0x0217f004u, 0x01db6306u, 0x01aab805u, 0x01d57807u, 0x01aab809u,
    0x01df0005u, 0x01db7506u, 0x020fc105u, 0x0216f605u, 0x01d9a904u, 0x018e880bu, 0x018e930bu, 0x01a2d30au,
    0x013d340fu, 0x013d430fu, 0x013d520fu, 0x0217a005u, 0x01db8d06u, 0x01c4b208u, 0x015b7b0du, 0x01cc1a08u,
    0x01aa1609u, 0x00a74c10u, 0x00cc9e12u, 0x0181620bu, 0x0139650fu, 0x020dcd05u, 0x0090ed16u, 0x02148505u,
    0x020fcb05u, 0x01c09208u, 0x020db905u, 0x00564722u, 0x0072551du, 0x004f0823u, 0x006dcf1eu, 0x006c851eu,
    0x005de721u, 0x0067701fu, 0x007e821au, 0x00613320u, 0x0065b320u, 0x0076b01bu, 0x00645320u, 0x01c0ea08u,
    0x017eef0bu, 0x0163400du, 0x0137a30fu, 0x017bc10cu, 0x01ca0a08u, 0x02115105u, 0x020f6205u, 0x007a971bu,
    0x018dd80bu, 0x0165b20bu, 0x01d85106u, 0x010d4811u, 0x015baf0du, 0x020dd205u, 0x01981f0au, 0x00005502u,
    0x020fda05u, 0x00776d1bu, 0x015e2c0du, 0x00840b19u, 0x017b4c09u, 0x006cd00fu, 0x00a6d014u, 0x00e65a11u,
    0x007d4a1au, 0x00559823u, 0x005a2122u, 0x00397e27u, 0x0039a527u, 0x0039cc27u, 0x0055bb23u, 0x0039f327u,
    0x003a1a27u, 0x00492525u, 0x00494a25u, 0x0055de23u, 0x00560123u, 0x005a4322u, 0x005a6522u, 0x005a8722u,
    0x00496f25u, 0x00562423u, 0x005aa922u, 0x005acb22u, 0x005aed22u, 0x005b0f22u, 0x005b3122u, 0x015bf00du,
    0x00cbfc12u, 0x00814f19u, 0x00a6bc14u, 0x00866918u, 0x00918716u, 0x00ad8814u, 0x00b94f13u, 0x00ccb012u,
    0x01af8909u, 0x0114f010u, 0x020fdf05u, 0x020dd705u, 0x004fda23u, 0x006e831eu, 0x00015336u, 0x00597722u,
    0x00340227u, 0x00595522u, 0x0000003au, 0x003f9926u, 0x020f8f05u, 0x01dbab06u, 0x01638e0du, 0x01b47e09u,
    0x017e8c0bu, 0x01c0f208u, 0x0009a531u, 0x00a74c10u, 0x01c2ba08u, 0x01b82f09u, 0x00011c37u, 0x01d85d06u,
    0x00c16613u, 0x01099011u, 0x00a75c14u, 0x00bd6413u, 0x0137b20fu, 0x0163e90du, 0x01635a0du, 0x008c1b17u,
    0x0086e115u, 0x0086e118u, 0x01485e0eu, 0x00b13414u, 0x00917116u, 0x009af515u, 0x01cfeb07u, 0x007f861au,
    0x00b54414u, 0x0149300eu, 0x01955905u, 0x01956e09u, 0x013b9f0fu, 0x01c0fa08u, 0x01dbb106u, 0x0099f915u,
    0x00b00c10u, 0x0212a005u, 0x01dbbd06u, 0x01d95906u, 0x020ddc05u, 0x020fe905u, 0x01956e09u, 0x00cd5212u,
    0x016eb90cu, 0x00cce612u, 0x00b8ca13u, 0x01c10208u, 0x016f6d0cu, 0x020fee05u, 0x01c10a08u, 0x01223010u,
    0x0197930au, 0x01503806u, 0x00a74814u, 0x009a4d15u, 0x009a0e15u, 0x015c4b0du, 0x015c580du, 0x00912f16u,
    0x0161a00du, 0x0086f918u, 0x0188000bu, 0x020ff305u, 0x020ff805u, 0x01d91d06u, 0x00d20812u, 0x0046d525u,
    0x004c4024u, 0x002de029u, 0x002e0929u, 0x002e3229u, 0x0046fa25u, 0x00471f25u, 0x002e5b29u, 0x002e8429u,
    0x002ead29u, 0x002ed629u, 0x002eff29u, 0x00386d27u, 0x004c6424u, 0x00338a28u, 0x001e842cu, 0x00389427u,
    0x0038bb27u, 0x00474425u, 0x00476925u, 0x00478e25u, 0x004c8824u, 0x004cac24u, 0x004cd024u, 0x0038e227u,
    0x00390927u, 0x0047b325u, 0x004cf424u, 0x004d1824u, 0x004d3c24u, 0x0033b228u, 0x0033da28u, 0x004d6024u,
    0x004d8424u, 0x01abcf09u, 0x015dde0du, 0x02168805u, 0x006ca31eu, 0x01d87b06u, 0x00e73711u, 0x01b76909u,
    0x016e590cu, 0x01d8c306u, 0x020de105u, 0x0152e00cu, 0x006c671eu, 0x00bd7713u, 0x00a75c11u, 0x00a75c14u,
    0x015f090du, 0x00838e19u, 0x017eef0bu, 0x0115e010u, 0x00e69e11u, 0x013b540fu, 0x00000602u, 0x01925b0bu,
    0x01dbed06u, 0x01485e0eu, 0x01d9d706u, 0x01d5f607u, 0x0056ad22u, 0x0072721du, 0x004f2b23u, 0x006ded1eu,
    0x006cc11eu, 0x006cdf1eu, 0x005e0821u, 0x0056cf22u, 0x00728f1du, 0x004f4e23u, 0x00550c23u, 0x006cfd1eu,
    0x005e2921u, 0x00625320u, 0x007a101bu, 0x005bb621u, 0x00748a1cu, 0x0073c61cu, 0x006b311fu, 0x00627320u,
    0x007a2b1bu, 0x005bd721u, 0x0074a61cu, 0x006b501fu, 0x00629320u, 0x007a461bu, 0x005bf821u, 0x005f3121u,
    0x006b6f1fu, 0x0067ec1fu, 0x007e9c1au, 0x00615320u, 0x0077f41bu, 0x0077011bu, 0x006f191eu, 0x00680b1fu,
    0x007eb61au, 0x00617320u, 0x00780f1bu, 0x00771c1bu, 0x006f371eu, 0x00682a1fu, 0x007ed01au, 0x00619320u,
    0x00782a1bu, 0x0077371bu, 0x006f551eu, 0x01a83909u, 0x006db11eu, 0x0155380eu, 0x00011c37u, 0x00e61611u,
    0x01aac109u, 0x00c3b313u, 0x00c3c613u, 0x01c39208u, 0x012ee80fu, 0x0149ae0eu, 0x00818119u, 0x018c780bu,
    0x01d42107u, 0x014ed20eu, 0x011c5010u, 0x0146660eu, 0x008bed17u, 0x02114205u, 0x016e650cu, 0x0153ec0au,
    0x00927916u, 0x020de605u, 0x009d2e02u, 0x01c11208u, 0x00e31911u, 0x01dbff06u, 0x01c4ba08u, 0x006d751eu,
    0x01315e0fu, 0x02168d05u, 0x00c43813u, 0x01ace609u, 0x01768d0cu, 0x0150920eu, 0x009b8d10u, 0x0200c606u,
    0x010e9c11u, 0x012eeb0cu, 0x01c11a08u, 0x01a1d90au, 0x0186cc0bu, 0x01b86509u, 0x01dfdd06u, 0x01c2aa08u,
    0x01dc0b06u, 0x020ffd05u, 0x01d9e306u, 0x01dc1706u, 0x01839e0bu, 0x02100205u, 0x012b730fu, 0x020deb05u,
    0x0198510au, 0x01ba9309u, 0x01a80309u, 0x01a8ae09u, 0x0122b010u, 0x0195ef0au, 0x01dc2906u, 0x01dc2f06u,
    0x012dda0fu, 0x01dc3506u, 0x01dc3b06u, 0x01c12208u, 0x0177050cu, 0x01cfdd07u, 0x02148005u, 0x02100705u,
    0x019c890au, 0x01646b0du, 0x012f510fu, 0x013dd90fu, 0x01c12a08u, 0x011ba010u, 0x012f600fu, 0x01dc4706u,
    0x01c4c208u, 0x01c4ca08u, 0x01dc4d06u, 0x0113e010u, 0x009acb15u, 0x0152fa0eu, 0x013a910fu, 0x01ccb208u,
    0x0078cc1bu, 0x019c7f0au, 0x00a0dd15u, 0x01069311u, 0x00e8be11u, 0x0131310fu, 0x02130e05u, 0x017c390cu,
    0x00893918u, 0x01d93005u, 0x02100c05u, 0x016be90cu, 0x01c13208u, 0x0145f60eu, 0x01d1dc07u, 0x018e040bu,
    0x018e0f0bu, 0x01d82204u, 0x01e74b06u, 0x01c13a08u, 0x01e4ed06u, 0x00aaa414u, 0x020df505u, 0x0056f122u,
    0x0072ac1du, 0x004f7123u, 0x00552f23u, 0x006d931eu, 0x005e4a21u, 0x01c14208u, 0x020dfa05u, 0x020daf05u,
    0x0131b80fu, 0x01c14a08u, 0x015eef0du, 0x014c080eu, 0x0196990au, 0x008e7117u, 0x01e28f06u, 0x006cd00fu,
    0x0076cb1bu, 0x02101b05u, 0x01dc7106u, 0x020e0405u, 0x011a2010u, 0x0083d919u, 0x0083f219u, 0x020ea905u,
    0x00893918u, 0x0161450du, 0x0130050fu, 0x02102505u, 0x00df5212u, 0x00e4e411u, 0x0080eb19u, 0x00aa6814u,
    0x01439c02u, 0x020ec205u, 0x020e0905u, 0x0165210du, 0x018e9e0bu, 0x007cfc1au, 0x007d161au, 0x007d301au,
    0x0135b40fu, 0x01198010u, 0x0150760eu, 0x0114c50bu, 0x020e0e05u, 0x01151010u, 0x020e9f05u, 0x01dc8306u,
    0x01d9f506u, 0x01d34f07u, 0x01d35607u, 0x00cc5b0du, 0x02169705u, 0x01e06706u, 0x016e2207u, 0x013e9f0cu,
    0x01dc9506u, 0x020e1305u, 0x01db0906u, 0x01c15208u, 0x00b93c13u, 0x012bbe0fu, 0x00d49012u, 0x01dc9b06u,
    0x01dca106u, 0x01c15a08u, 0x01723d0cu, 0x01dca706u, 0x01da6706u, 0x01c16208u, 0x016c550cu, 0x0102db11u,
    0x00d1d212u, 0x01dcb306u, 0x02103405u, 0x01d3aa07u, 0x0174410cu, 0x01a80c09u, 0x014c400eu, 0x01ab0009u,
    0x00d59e12u, 0x0102fd11u, 0x00880118u, 0x01bf0208u, 0x020e1805u, 0x00df4012u, 0x0189e40bu, 0x01d55c07u,
    0x0195f90au, 0x00834319u, 0x01dcc506u, 0x020e1d05u, 0x01e57106u, 0x0159e80du, 0x00ad3814u, 0x0212af05u,
    0x0212b405u, 0x020e2205u, 0x01c16a08u, 0x01033011u, 0x00b09414u, 0x00819a19u, 0x02169c05u, 0x017c450cu,
    0x0212f005u, 0x01c17208u, 0x020e2705u, 0x00571322u, 0x0072c91du, 0x004f9423u, 0x00555223u, 0x006e0b1eu,
    0x005e6b21u, 0x00641320u, 0x007a611bu, 0x005c1921u, 0x0074c21cu, 0x0074de1cu, 0x006b8e1fu, 0x01c17a08u,
    0x0170750cu, 0x0196a30au, 0x009ed015u, 0x009a2315u, 0x0115f010u, 0x02104805u, 0x01c18208u, 0x011cc60au,
    0x01627d0du, 0x016b870du, 0x012bcd0fu, 0x01dcdd06u, 0x020e2c05u, 0x00318102u, 0x01e0cd06u, 0x01c18a08u,
    0x01dce906u, 0x01c19208u, 0x0196ad0au, 0x0175850cu, 0x00878918u, 0x02132205u, 0x01e5ad06u, 0x01c4d208u,
    0x01dcef06u, 0x01c19a08u, 0x01dcf506u, 0x01c1a208u, 0x0175910cu, 0x020e3105u, 0x00e65a11u, 0x01da0106u,
    0x020e3605u, 0x01dd0d06u, 0x004fb723u, 0x00557523u, 0x006e291eu, 0x01da0d06u, 0x0169580du, 0x01234010u,
    0x008a1613u, 0x020e3b05u, 0x02105c05u, 0x017bc10cu, 0x00c63f0du, 0x01318b0fu, 0x01480f09u, 0x0160340du,
    0x018c570bu, 0x0204a406u, 0x01adc709u, 0x01c1aa08u, 0x01a1110au, 0x01c1b208u, 0x019d470au, 0x01e31f06u,
    0x0198bf0au, 0x0139bf0fu, 0x01dd1f06u, 0x00a9b414u, 0x01d44004u, 0x017ece0bu, 0x01c1ba08u, 0x020e4005u,
    0x0145400eu, 0x01c1c208u, 0x02106605u, 0x00c44b13u, 0x01c4da08u, 0x01c1ca08u, 0x01c4a505u, 0x0081fe19u,
    0x0123a010u, 0x008e5a17u, 0x02047a06u, 0x0147540eu, 0x0150140eu, 0x007d4f15u, 0x01d01c07u, 0x00c22602u,
    0x01da1906u, 0x01c4e208u, 0x01d41a07u, 0x01c1d208u, 0x02051606u, 0x01c1da08u, 0x020e4505u, 0x00d81412u,
    0x00ad2414u, 0x00657320u, 0x00b00814u, 0x00b01c14u, 0x00b03014u, 0x01c4ea08u, 0x01c1e208u, 0x0191c10bu,
    0x01c1ea08u, 0x0138b10fu, 0x014d660eu, 0x01c4f208u, 0x02107505u, 0x01b7b109u, 0x01209010u, 0x01b7ba09u,
    0x00015336u, 0x00011c37u, 0x0077d91bu, 0x018f220bu, 0x0180180bu, 0x00b14814u, 0x01c1f208u, 0x00c31b13u,
    0x0094cb16u, 0x00a08915u, 0x01908d0bu, 0x01d8ab06u, 0x0187040au, 0x007a971bu, 0x0149ae0eu, 0x00860918u,
    0x00738e1cu, 0x017e0d0cu, 0x019bf30au, 0x01268010u, 0x01d58607u, 0x018b5a0bu, 0x0131310fu, 0x01b82f09u,
    0x017b490cu, 0x020e4a05u, 0x01a1430au, 0x01c1fa08u, 0x00819a19u, 0x01bf0a08u, 0x012d710fu, 0x0155380eu,
    0x0177890cu, 0x01a1570au, 0x01a1610au, 0x01a16b0au, 0x01dd4306u, 0x01a1750au, 0x01dd4906u, 0x01a1930au,
    0x00834c02u, 0x0218c004u, 0x015d420du, 0x015a020du, 0x018b860bu, 0x020e4f05u, 0x01c2b205u, 0x00c45e13u,
    0x01c2b208u, 0x0009a531u, 0x0149920eu, 0x013b810fu, 0x01273010u, 0x0127350bu, 0x01ab1b09u, 0x0208e806u,
    0x02107a05u, 0x020e5405u, 0x01c20208u, 0x0169990du, 0x010d5911u, 0x00d96a12u, 0x0083a719u, 0x01cd5207u,
    0x007c461au, 0x00e2c411u, 0x00911916u, 0x009a6215u, 0x01dd6706u, 0x0162f20du, 0x01dd6d06u, 0x01a98609u,
    0x01e61906u, 0x01dd7306u, 0x009b0a15u, 0x01dd7906u, 0x01a44f0au, 0x00d97c12u, 0x01072c11u, 0x00914516u,
    0x00915b16u, 0x0121a010u, 0x01653b0du, 0x006cce11u, 0x01550e0eu, 0x018e040bu, 0x018e0f0bu, 0x00dc2812u,
    0x0114f010u, 0x0076441bu, 0x0068681fu, 0x00525023u, 0x01daaf06u, 0x01145010u, 0x01463c0eu, 0x019ca70au,
    0x015ea10du, 0x015eae0du, 0x00d96a12u, 0x008c3217u, 0x00a6f814u, 0x017ea20bu, 0x01c20a08u, 0x01c28a08u,
    0x00e73711u, 0x01c4fa08u, 0x00835c19u, 0x02107f05u, 0x0175b50cu, 0x020e5905u, 0x020e5e05u, 0x00d4ea12u,
    0x00d4fc12u, 0x0081fe19u, 0x01926a07u, 0x01759607u, 0x020e6305u, 0x018e880bu, 0x018e930bu, 0x01a2d30au,
    0x00318228u, 0x01dd9106u, 0x006ab51fu, 0x007eea1au, 0x0061b320u, 0x0078451bu, 0x007a7c1bu, 0x006f731eu,
    0x018c410bu, 0x00818119u, 0x00597722u, 0x014bec0eu, 0x0083d919u, 0x0009a531u, 0x012d0d0au, 0x00883118u,
    0x01dd9706u, 0x01dd9d06u, 0x01c21208u, 0x00bd6413u, 0x011a0010u, 0x020b0a06u, 0x01cf1907u, 0x00cc7a12u,
    0x015fbf0du, 0x016c0d0cu, 0x02171905u, 0x01c21a08u, 0x0159bd04u, 0x01481d09u, 0x00d50e12u, 0x00840b19u,
    0x01c50208u, 0x01ddaf06u, 0x01ddb506u, 0x01bf5208u, 0x015daa0du, 0x0145cc0eu, 0x0132990fu, 0x01a98f09u,
    0x01d46707u, 0x02117905u, 0x01cf2007u, 0x02082806u, 0x01ddbb06u, 0x01d94106u, 0x0083b30du, 0x0213c705u,
    0x013de008u, 0x00d07c12u, 0x00dc4c12u, 0x00871118u, 0x0179f90cu, 0x01ad3709u, 0x01239010u, 0x02108e05u,
    0x01123010u, 0x02109305u, 0x01c50a08u, 0x00c2f513u, 0x0167770du, 0x00b2b014u, 0x01d6dd07u, 0x00738e1cu,
    0x017a710cu, 0x01bc3a09u, 0x00d08e12u, 0x0154040eu, 0x0109f611u, 0x017f9f0bu, 0x00c04913u, 0x0200d206u,
    0x00c5c713u, 0x015ac50du, 0x01ddd906u, 0x014ad40eu, 0x0153e80eu, 0x01e66d06u, 0x01dddf06u, 0x01a44f0au,
    0x0162b10du, 0x020e6d05u, 0x0177710cu, 0x0151480eu, 0x00c5a113u, 0x015fa50du, 0x012d170fu, 0x015bfd0du,
    0x01521a0eu, 0x0190a30bu, 0x0147620eu, 0x0009a531u, 0x00816819u, 0x020b0406u, 0x020e7205u, 0x009a0e15u,
    0x0210a205u, 0x01e67f06u, 0x0210a705u, 0x01c51208u, 0x01b5b306u, 0x01c22208u, 0x0217b405u, 0x012c270fu,
    0x00d95812u, 0x00e30811u, 0x0176a50cu, 0x0175a90cu, 0x01b77209u, 0x00b0a814u, 0x0130e60fu, 0x014b520eu,
    0x020ef905u, 0x01c51a08u, 0x013d610fu, 0x01911c0bu, 0x0191270bu, 0x0191320bu, 0x0099ba15u, 0x0191480bu,
    0x01c09208u, 0x01cb9a08u, 0x0210ac05u, 0x01d10307u, 0x0137bb06u, 0x01c22a08u, 0x01219010u, 0x020e7705u,
    0x016e0d04u, 0x020e7c05u, 0x020e8105u, 0x01bd3609u, 0x01afc305u, 0x0070091eu, 0x0070271eu, 0x006bad1fu,
    0x007f041au, 0x0061d320u, 0x0078601bu, 0x007ab21bu, 0x007acd1bu, 0x006f911eu, 0x006bcc1fu, 0x007f1e1au,
    0x0061f320u, 0x00787b1bu, 0x007ae81bu, 0x007b031bu, 0x006faf1eu, 0x006ea11eu, 0x00277829u, 0x004da824u,
    0x006beb1fu, 0x00599922u, 0x006ebf1eu, 0x0027a129u, 0x004dcc24u, 0x006c0a1fu, 0x0059bb22u, 0x0066d320u,
    0x006c291fu, 0x007f381au, 0x00621320u, 0x0078961bu, 0x007b1e1bu, 0x007b391bu, 0x006fcd1eu, 0x006c481fu,
    0x007f521au, 0x00623320u, 0x0078b11bu, 0x007b541bu, 0x007b6f1bu, 0x006feb1eu, 0x007b8a1bu, 0x01d78c07u,
    0x00df4012u, 0x01265010u, 0x00756a1cu, 0x01c23208u, 0x02124605u, 0x0210c005u, 0x01c52208u, 0x01c23a08u,
    0x0192660bu, 0x01cfdf05u, 0x0210c505u, 0x0107e711u, 0x01c52a08u, 0x01e1f906u, 0x0210ca05u, 0x01c24208u,
    0x01ae5709u, 0x020e8605u, 0x0080eb19u, 0x0169580du, 0x01c24a08u, 0x01de3306u, 0x0126d010u, 0x01bdd809u,
    0x015f160du, 0x01a6430au, 0x01c25208u, 0x01cc9a08u, 0x00d1f612u, 0x0116d010u, 0x01a6570au, 0x01a6610au,
    0x01a66b0au, 0x01a6750au, 0x0151fe0eu, 0x0192710bu, 0x0140f40fu, 0x014a100eu, 0x01da5506u, 0x01a6b10au,
    0x01c25a08u, 0x00d92212u, 0x0184590bu, 0x00959116u, 0x0113d010u, 0x01a2510au, 0x0092e716u, 0x01de3906u,
    0x01c2fa08u, 0x01c26208u, 0x01c26a08u, 0x0141300fu, 0x01d80a07u, 0x008f8517u, 0x00c7b513u, 0x00969916u,
    0x006ad41fu, 0x0097a116u, 0x010ebe11u, 0x0070db1eu, 0x017ba90cu, 0x01d04607u, 0x01505a0eu, 0x01124010u,
    0x011a3010u, 0x008ecd17u, 0x01de3f06u, 0x0114d50bu, 0x0208ca06u, 0x020e8b05u, 0x01a7e70au, 0x0121850bu,
    0x020e9005u, 0x01b42d09u, 0x020e9505u,
};

// For each psl_below entry, 1 when its witness is the wildcard rule "*.<witness>".
inline constexpr std::uint8_t psl_below_witness_wildcard[] = {
    1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1, 0, 1, 0,
    0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0,
    0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0, 0, 1, 1, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 0, 1,
    0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 1, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1,
    1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
    0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1,
    0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0,
    0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
    1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 0,
    0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 0,
    0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0,
    0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
    0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0,
    0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1, 1,
    0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 1, 1, 1, 0, 1, 1, 0,
    1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1,
    0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 0,
    1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1,
    1, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 1, 0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1, 1, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0,
};

}}} // namespace cors::v1::detail
