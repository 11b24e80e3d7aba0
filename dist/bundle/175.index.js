export const id=175;export const ids=[175];export const modules={68787:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(13742);e.exports=t},13742:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e,a){var n,t;for(n=[],t=0;t<a;t++)n.push(e);return n}},21830:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(23782);e.exports=t},23782:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(68787);e.exports=function(e){return t(0,e)}},69979:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o=n(39714),i=n(15878),s=n(98520);t=o()?i:s,e.exports=t},15878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Float64Array?Float64Array:void 0;e.exports=a},98520:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},14826:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o=n(55613),i=n(43405),s=n(40523);t=o()?i:s,e.exports=t},43405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Uint16Array?Uint16Array:void 0;e.exports=a},40523:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},47096:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o=n(44171),i=n(62399),s=n(83689);t=o()?i:s,e.exports=t},62399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Uint32Array?Uint32Array:void 0;e.exports=a},83689:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},65183:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o=n(4246),i=n(78570),s=n(97540);t=o()?i:s,e.exports=t},78570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Uint8Array?Uint8Array:void 0;e.exports=a},97540:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){throw new Error("not implemented")}},5265:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Float64Array?Float64Array:null;e.exports=a},39714:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(16405);e.exports=t},16405:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(25672),o=n(5265);e.exports=function(){var e,a;if("function"!=typeof o)return!1;try{a=new o([1,3.14,-3.14,NaN]),e=t(a)&&1===a[0]&&3.14===a[1]&&-3.14===a[2]&&a[3]!=a[3]}catch(a){e=!1}return e}},31907:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(54270);e.exports=t},54270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Object.prototype.hasOwnProperty;e.exports=function(e,n){return null!=e&&a.call(e,n)}},75547:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(166);e.exports=t},166:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(){return"function"==typeof Symbol&&"symbol"==typeof Symbol("foo")}},9501:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(36284);e.exports=t},36284:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(75547)();e.exports=function(){return t&&"symbol"==typeof Symbol.toStringTag}},55613:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(62364);e.exports=t},62364:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(63599),o=n(26653),i=n(5929);e.exports=function(){var e,a;if("function"!=typeof i)return!1;try{a=new i(a=[1,3.14,-3.14,o+1,o+2]),e=t(a)&&1===a[0]&&3===a[1]&&a[2]===o-2&&0===a[3]&&1===a[4]}catch(a){e=!1}return e}},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Uint16Array?Uint16Array:null;e.exports=a},44171:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(8950);e.exports=t},8950:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(13209),o=n(98035),i=n(22709);e.exports=function(){var e,a;if("function"!=typeof i)return!1;try{a=new i(a=[1,3.14,-3.14,o+1,o+2]),e=t(a)&&1===a[0]&&3===a[1]&&a[2]===o-2&&0===a[3]&&1===a[4]}catch(a){e=!1}return e}},22709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Uint32Array?Uint32Array:null;e.exports=a},4246:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(90249);e.exports=t},90249:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(10228),o=n(92732),i=n(85545);e.exports=function(){var e,a;if("function"!=typeof i)return!1;try{a=new i(a=[1,3.14,-3.14,o+1,o+2]),e=t(a)&&1===a[0]&&3===a[1]&&a[2]===o-2&&0===a[3]&&1===a[4]}catch(a){e=!1}return e}},85545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Uint8Array?Uint8Array:null;e.exports=a},25672:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(87439);e.exports=t},87439:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(547),o="function"==typeof Float64Array;e.exports=function(e){return o&&e instanceof Float64Array||"[object Float64Array]"===t(e)}},57604:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(65183),o={uint16:n(14826),uint8:t};e.exports=o},40347:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(77158);e.exports=t},77158:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o,i=n(57604);(o=new i.uint16(1))[0]=4660,t=52===new i.uint8(o.buffer)[0],e.exports=t},63599:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(82394);e.exports=t},82394:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(547),o="function"==typeof Uint16Array;e.exports=function(e){return o&&e instanceof Uint16Array||"[object Uint16Array]"===t(e)}},13209:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(98168);e.exports=t},98168:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(547),o="function"==typeof Uint32Array;e.exports=function(e){return o&&e instanceof Uint32Array||"[object Uint32Array]"===t(e)}},10228:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(37755);e.exports=t},37755:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(547),o="function"==typeof Uint8Array;e.exports=function(e){return o&&e instanceof Uint8Array||"[object Uint8Array]"===t(e)}},82404:e=>{e.exports=.5772156649015329},11877:e=>{e.exports=1023},43935:e=>{e.exports=2147483647},7841:e=>{e.exports=2146435072},45976:e=>{e.exports=2147483648},28910:e=>{e.exports=1048575},74322:e=>{e.exports=.9189385332046728},81239:e=>{e.exports=.6931471805599453},92656:e=>{e.exports=-1023},46276:e=>{e.exports=1023},34862:e=>{e.exports=-1074},81475:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(84241).NEGATIVE_INFINITY;e.exports=t},31277:e=>{e.exports=20},39701:e=>{e.exports=3.141592653589793},50469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Number.POSITIVE_INFINITY;e.exports=a},55417:e=>{e.exports=22250738585072014e-324},62385:e=>{e.exports=2.5066282746310007},26653:e=>{e.exports=65535},98035:e=>{e.exports=4294967295},92732:e=>{e.exports=255},20530:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(18085);e.exports=t},18085:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(2804);e.exports=function(e){return t(e/2)}},57234:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(50661);e.exports=t},50661:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(50469),o=n(81475);e.exports=function(e){return e===t||e===o}},2804:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(63835);e.exports=t},63835:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(42334);e.exports=function(e){return t(e)===e}},86523:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(49382);e.exports=t},49382:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return e!=e}},23270:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(48121);e.exports=t},48121:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(81475);e.exports=function(e){return 0===e&&1/e===t}},97687:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(9106);e.exports=t},9106:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(20530);e.exports=function(e){return t(e>0?e-1:e+1)}},30866:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(7685);e.exports=t},7685:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(50469);e.exports=function(e){return 0===e&&1/e===t}},66260:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(76443);e.exports=t},76443:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return Math.abs(e)}},12913:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The code is adapted from the Fortran routine from the FNLIB library of the [SLATEC Common Mathematical Library]{@link https://netlib.org/slatec/fnlib/dcsevl.f}.
*
* The original code was developed by W. Fullerton of Los Alamos Scientific Laboratory, a governmental institution, and is therefore public domain.
*/
var a=[1276642195630063e-46,-3.401102254316749e-30,1025680058010471e-43,-35475981581010704e-43,14292273559424982e-41,-6831888753985767e-39,39628370610464347e-38,-2.868042435334643e-20,2683181998482699e-33,-3399615005417722e-31,6221098041892606e-29,-1809129475572494e-26,9.81082564692473e-9,-1384948176067564e-20,.16663894804518634],n=a.length;e.exports=function(e){var t,o,i,s,r;if(e<-1.1||e>1.1)return NaN;for(i=0,s=0,t=2*e,r=0;r<n;r++)o=i,s=t*(i=s)-o+a[r];return.5*(s-o)}},9364:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The code is adapted from the Fortran routine from the FNLIB library of the [SLATEC Common Mathematical Library]{@link https://netlib.org/fn/d9lgmc.f}.
*
* The original code was developed by W. Fullerton of Los Alamos Scientific Laboratory, a governmental institution, and is therefore public domain.
*/
var t=n(6310),o=n(12913);e.exports=function(e){return e<10?NaN:e>=3745194030963158e291?0:e<94906265.62425156?o(2*t(10/e,2)-1)/e:1/(12*e)}},65616:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(53127);e.exports=t},53127:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The code is adapted from the Fortran routine from the FNLIB library of the [SLATEC Common Mathematical Library]{@link https://www.netlib.org/slatec/fnlib/albeta.f}.
*
* The original code was developed by W. Fullerton of Los Alamos Scientific Laboratory, a governmental institution, and is therefore public domain.
*/
var t=n(67711),o=n(74879),i=n(40905),s=n(32974),r=n(38008),c=n(51550),p=n(74322),l=n(81475),u=n(50469),d=n(9364);e.exports=function(e,a){var n,m,f;return m=r(e,a),f=s(e,a),m<0?NaN:0===m?u:f===u?l:m>=10?(n=d(m)+d(f)-d(m+f),-.5*c(f)+p+n+(m-.5)*c(m/(m+f))+f*o(-m/(m+f))):f>=10?(n=d(f)-d(m+f),t(m)+n+m-m*c(m+f)+(f-.5)*o(-m/(m+f))):c(i(m)*(i(f)/i(m+f)))}},3385:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(27640);e.exports=t},27640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Math.ceil;e.exports=a},35672:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(39775);e.exports=t},39775:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(45976),o=n(43935),i=n(87949),s=n(2882),r=n(17844),c=[0,0];e.exports=function(e,a){var n,p;return i.assign(e,c,1,0),n=c[0],n&=o,p=s(a),r(n|=p&=t,c[1])}},99191:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(84274);e.exports=t},84274:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(2882),o=n(71567),i=n(70186),s=n(93982),r=n(43935),c=n(7841),p=[0,0];e.exports=function(e){var a;if(a=t(e),(a&=r)<=1072243195)return a<1044381696?1:o(e,0);if(a>=c)return NaN;switch(3&s(e,p)){case 0:return o(p[0],p[1]);case 1:return-i(p[0],p[1]);case 2:return-o(p[0],p[1]);default:return i(p[0],p[1])}}},36567:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(83291),o=n(71589);e.exports=function(e,a,n){var i,s,r;return r=(i=e-a)-(s=i*i)*o(s),t(1-(a-i*r/(2-r)-e),n)}},31851:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(81878);e.exports=t},81878:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(86523),o=n(81262),i=n(81475),s=n(50469),r=n(36567),c=1.4426950408889634,p=1/(1<<28),l=-p;e.exports=function(e){var a;return t(e)||e===s?e:e===i?0:e>709.782712893384?s:e<-745.1332191019411?0:e>l&&e<p?1+e:(a=o(e<0?c*e-.5:c*e+.5),r(e-.6931471803691238*a,1.9082149292705877e-10*a,a))}},71589:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.16666666666666602:.16666666666666602+e*(e*(6613756321437934e-20+e*(4.1381367970572385e-8*e-16533902205465252e-22))-.0027777777777015593)}},42334:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(55681);e.exports=t},55681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Math.floor;e.exports=a},40905:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(19848);e.exports=t},19848:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var t=n(86523),o=n(2804),i=n(23270),s=n(66260),r=n(42334),c=n(61794),p=n(50469),l=n(81475),u=n(39701),d=n(90101),m=n(76630),f=n(63381);e.exports=function(e){var a,n,x,h;if(o(e)&&e<0||e===l||t(e))return NaN;if(0===e)return i(e)?l:p;if(e>171.61447887182297)return p;if(e<-170.5674972726612)return 0;if((n=s(e))>33)return e>=0?d(e):(a=1&(x=r(n))?1:-1,(h=n-x)>.5&&(h=n-(x+=1)),h=n*c(u*h),a*u/(s(h)*d(n)));for(h=1;e>=3;)h*=e-=1;for(;e<0;){if(e>-1e-9)return m(e,h);h/=e,e+=1}for(;e<2;){if(e<1e-9)return m(e,h);h/=e,e+=1}return 2===e?h:h*f(e-=2)}},6886:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.08333333333334822:.08333333333334822+e*(.0034722222160545866+e*(e*(.0007873113957930937*e-.00022954996161337813)-.0026813261780578124))}},63381:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){var a,n;return 0===e?1:((e<0?-e:e)<=1?(a=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+0*e)))))),n=1+e*(.0714304917030273+e*(e*(.035823639860549865+e*(.011813978522206043+e*(e*(.0005396055804933034+-23158187332412014e-21*e)-.004456419138517973)))-.23459179571824335))):(a=0+(e=1/e)*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+1*e)))))),n=e*(.0005396055804933034+e*(e*(.011813978522206043+e*(.035823639860549865+e*(e*(.0714304917030273+1*e)-.23459179571824335)))-.004456419138517973))-23158187332412014e-21),a/n)}},76630:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var t=n(82404);e.exports=function(e,a){return a/((1+t*e)*e)}},90101:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var t=n(62385),o=n(6310),i=n(31851),s=n(6886);e.exports=function(e){var a,n,r;return a=1+(a=1/e)*s(a),n=i(e),n=e>143.01608?(r=o(e,.5*e-.25))*(r/n):o(e,e-.5)/n,t*n*a}},67711:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(28554);e.exports=t},28554:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(86523),o=n(57234),i=n(66260),s=n(51550),r=n(81262),c=n(18901),p=n(39701),l=n(50469),u=n(89303),d=n(95690),m=n(71271),f=n(47120),x=n(62778),h=n(66503),v=n(42352),b=n(67942),g=n(45059),y=n(89596),w=1.4616321449683622,E=1.4616321449683622;e.exports=function(e){var a,n,_,R,S,k,A,O;if(t(e)||o(e))return e;if(0===e)return l;if(e<0?(a=!0,e=-e):a=!1,e<13877787807814457e-33)return-s(e);if(a){if(e>=4503599627370496)return l;if(0===(R=c(e)))return l;n=s(p/i(R*e))}if(1===e||2===e)return 0;if(e<2)switch(e<=.9?(O=-s(e),e>=w-1+.27?(k=1-e,_=0):e>=w-1-.27?(k=e-(E-1),_=1):(k=e,_=2)):(O=0,e>=w+.27?(k=2-e,_=0):e>=w-.27?(k=e-E,_=1):(k=e-1,_=2)),_){case 0:O+=k*(.07721566490153287+(A=k*k)*u(A))+A*(.3224670334241136+A*d(A))-.5*k;break;case 1:O+=-.12148629053584961+((A=k*k)*(.48383612272381005+(S=A*k)*x(S))-(-3638676997039505e-33-S*(S*h(S)-.1475877229945939+k*(.06462494023913339+S*v(S)))));break;case 2:O+=-.5*k+k*(k*b(k)-.07721566490153287)/(1+k*g(k))}else if(e<8)switch(O=.5*(k=e-(_=r(e)))+k*(k*f(k)-.07721566490153287)/(1+k*m(k)),A=1,_){case 7:A*=k+6;case 6:A*=k+5;case 5:A*=k+4;case 4:A*=k+3;case 3:O+=s(A*=k+2)}else O=e<72057594037927940?(e-.5)*((R=s(e))-1)+(S=.4189385332046727+(A=1/e)*y(k=A*A)):e*(s(e)-1);return a&&(O=n-O),O}},89303:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.06735230105312927:.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+25214456545125733e-21*e)))}},95690:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.020580808432516733:.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+44864094961891516e-21*e)))}},71271:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?1.3920053346762105:1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+7326684307446256e-21*e))))}},47120:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.21498241596060885:.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+3194753265841009e-20*e))))}},62778:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.032788541075985965:e*(.006100538702462913+e*(.00031563207090362595*e-.0014034646998923284))-.032788541075985965}},66503:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.01797067508118204:.01797067508118204+e*(e*(.000881081882437654+-.00031275416837512086*e)-.0036845201678113826)}},42352:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-.010314224129834144:e*(.0022596478090061247+e*(.0003355291926355191*e-.0005385953053567405))-.010314224129834144}},67942:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.6328270640250934:.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+.013381091853678766*e)))}},45059:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?2.4559779371304113:2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+.003217092422824239*e)))}},89596:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.08333333333333297:.08333333333333297+e*(e*(.0007936505586430196+e*(e*(.0008363399189962821+-.0016309293409657527*e)-.00059518755745034))-.0027777777772877554)}},71567:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(94010);e.exports=t},94010:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(25732),o=n(53242);e.exports=function(e,a){var n,i,s,r;return s=(r=e*e)*r,i=r*t(r),i+=s*s*o(r),(s=1-(n=.5*r))+(1-s-n+(r*i-e*a))}},25732:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.0416666666666666:.0416666666666666+e*(2480158728947673e-20*e-.001388888888887411)}},53242:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?-2.7557314351390663e-7:e*(2.087572321298175e-9+-11359647557788195e-27*e)-2.7557314351390663e-7}},70186:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(97485);e.exports=t},97485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var a=-.16666666666666632;e.exports=function(e,n){var t,o,i;return t=.00833333333332249+(i=e*e)*(27557313707070068e-22*i-.0001984126982985795)+i*(i*i)*(1.58969099521155e-10*i-2.5050760253406863e-8),o=i*e,0===n?e+o*(a+i*t):e-(i*(.5*n-o*t)-n-o*a)}},83291:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(23078);e.exports=t},23078:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(50469),o=n(81475),i=n(11877),s=n(46276),r=n(92656),c=n(34862),p=n(86523),l=n(57234),u=n(35672),d=n(79335).assign,m=n(6075),f=n(87949),x=n(17844),h=[0,0],v=[0,0];e.exports=function(e,a){var n,b;return 0===a||0===e||p(e)||l(e)?e:(d(e,h,1,0),a+=h[1],(a+=m(e=h[0]))<c?u(0,e):a>s?e<0?o:t:(a<=r?(a+=52,b=2220446049250313e-31):b=1,f.assign(e,v,1,0),n=v[0],n&=2148532223,b*x(n|=a+i<<20,v[1])))}},51550:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(75553);e.exports=t},75553:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(2882),o=n(45990),i=n(86523),s=n(11877),r=n(81475),c=n(36488),p=n(71103),l=.6931471803691238,u=1.9082149292705877e-10,d=1048575;e.exports=function(e){var a,n,m,f,x,h,v,b,g,y,w;return 0===e?r:i(e)||e<0?NaN:(f=0,(n=t(e))<1048576&&(f-=54,n=t(e*=0x40000000000000)),n>=2146435072?e+e:(f+=(n>>20)-s|0,f+=(v=(n&=d)+614244&1048576)>>20,h=(e=o(e,n|1072693248^v))-1,(d&2+n)<3?0===h?0===f?0:f*l+f*u:(x=h*h*(.5-.3333333333333333*h),0===f?h-x:f*l-(x-f*u-h)):(v=n-398458|0,b=440401-n|0,m=(y=(w=(g=h/(2+h))*g)*w)*c(y),x=w*p(y)+m,(v|=b)>0?(a=.5*h*h,0===f?h-(a-g*(a+x)):f*l-(a-(g*(a+x)+f*u)-h)):0===f?h-g*(h-x):f*l-(g*(h-x)-f*u-h))))}},36488:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.3999999999940942:.3999999999940942+e*(.22222198432149784+.15313837699209373*e)}},71103:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+.14798198605116586*e))}},74879:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(7306);e.exports=t},7306:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(86523),o=n(2882),i=n(45990),s=n(50469),r=n(81475),c=n(11877),p=n(10897),l=.6931471803691238,u=1.9082149292705877e-10;e.exports=function(e){var a,n,d,m,f,x,h,v,b,g;if(e<-1||t(e))return NaN;if(-1===e)return r;if(e===s)return e;if(0===e)return e;if(g=1,(d=e<0?-e:e)<.41421356237309503){if(d<1.862645149230957e-9)return d<5551115123125783e-32?e:e-e*e*.5;e>-.2928932188134525&&(g=0,m=e,n=1)}return 0!==g&&(d<9007199254740992?(f=(g=((n=o(b=1+e))>>20)-c)>0?1-(b-e):e-(b-1),f/=b):(g=((n=o(b=e))>>20)-c,f=0),(n&=1048575)<434334?b=i(b,1072693248|n):(g+=1,b=i(b,1071644672|n),n=1048576-n>>2),m=b-1),a=.5*m*m,0===n?0===m?g*l+(f+=g*u):g*l-((v=a*(1-.6666666666666666*m))-(g*u+f)-m):(v=(h=(x=m/(2+m))*x)*p(h),0===g?m-(a-x*(a+v)):g*l-(a-(x*(a+v)+(g*u+f))-m))}},10897:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+.14798198605116586*e)))))}},32974:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(78641);e.exports=t},78641:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(30866),o=n(86523),i=n(50469);e.exports=function(e,a){return o(e)||o(a)?NaN:e===i||a===i?i:e===a&&0===e?t(e)?e:a:e>a?e:a}},38008:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(29503);e.exports=t},29503:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(23270),o=n(86523),i=n(81475);e.exports=function(e,a){return o(e)||o(a)?NaN:e===i||a===i?i:e===a&&0===e?t(e)?e:a:e<a?e:a}},6310:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(87609);e.exports=t},59905:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(2882),o=n(23786),i=n(45990),s=n(11877),r=n(31277),c=n(53140),p=1048576,l=[1,1.5],u=[0,.5849624872207642],d=[0,1.350039202129749e-8];e.exports=function(e,a,n){var m,f,x,h,v,b,g,y,w,E,_,R,S,k,A,O,j,T,P,C;return T=0,n<p&&(T-=53,n=t(a*=9007199254740992)),T+=(n>>r)-s|0,n=1072693248|(P=1048575&n),P<=235662?C=0:P<767610?C=1:(C=0,T+=1,n-=p),m=524288+(n>>1|536870912),v=(j=1/((a=i(a,n))+(g=l[C])))*((O=a-g)-(h=o(f=O*j,0))*(b=i(0,m+=C<<18))-h*(a-(b-g))),A=(x=f*f)*x*c(x),b=o(b=3+(x=h*h)+(A+=v*(h+f)),0),S=(_=-7.028461650952758e-9*(w=o(w=(O=h*b)+(j=v*b+(A-(b-3-x))*f),0))+.9617966939259756*(j-(w-O))+d[C])-((R=o(R=(E=.9617967009544373*w)+_+(y=u[C])+(k=T),0))-k-y-E),e[0]=R,e[1]=S,e}},53726:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(23786),o=n(837);e.exports=function(e,a){var n,i,s,r,c;return n=(c=1.9259629911266175e-8*(s=a-1)-1.4426950408889634*(s*s*o(s)))-((i=t(i=(r=1.4426950216293335*s)+c,0))-r),e[0]=i,e[1]=n,e}},87609:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(86523),o=n(97687),i=n(57234),s=n(2804),r=n(15478),c=n(66260),p=n(87949),l=n(23786),u=n(86519),d=n(81475),m=n(50469),f=n(43935),x=n(72122),h=n(8507),v=n(93355),b=n(59905),g=n(53726),y=n(55224),w=1083179008,E=1e300,_=1e-300,R=[0,0],S=[0,0];e.exports=function pow(e,a){var n,k,A,O,j,T,P,C,N,U,D,L,F,z;if(t(e)||t(a))return NaN;if(p.assign(a,R,1,0),j=R[0],0===R[1]){if(0===a)return 1;if(1===a)return e;if(-1===a)return 1/e;if(.5===a)return r(e);if(-.5===a)return 1/r(e);if(2===a)return e*e;if(3===a)return e*e*e;if(4===a)return(e*=e)*e;if(i(a))return v(e,a)}if(p.assign(e,R,1,0),O=R[0],0===R[1]){if(0===O)return x(e,a);if(1===e)return 1;if(-1===e&&o(a))return-1;if(i(e))return e===d?pow(-0,-a):a<0?0:m}if(e<0&&!1===s(a))return(e-e)/(e-e);if(A=c(e),n=O&f|0,k=j&f|0,P=j>>>31|0,T=(T=O>>>31|0)&&o(a)?-1:1,k>1105199104){if(k>1139802112)return h(e,a);if(n<1072693247)return 1===P?T*E*E:T*_*_;if(n>1072693248)return 0===P?T*E*E:T*_*_;D=g(S,A)}else D=b(S,A,n);if(L=(U=(a-(C=l(a,0)))*D[0]+a*D[1])+(N=C*D[0]),p.assign(L,R,1,0),F=u(R[0]),z=u(R[1]),F>=w){if(0!==(F-w|z))return T*E*E;if(U+8008566259537294e-32>L-N)return T*E*E}else if((F&f)>=1083231232){if(F-3230714880|z)return T*_*_;if(U<=L-N)return T*_*_}return T*(L=y(F,N,U))}},53140:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.5999999999999946:.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+.20697501780033842*e))))}},35568:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.16666666666666602:.16666666666666602+e*(e*(6613756321437934e-20+e*(4.1381367970572385e-8*e-16533902205465252e-22))-.0027777777777015593)}},837:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0===e?.5:.5+e*(.25*e-.3333333333333333)}},55224:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(2882),o=n(45990),i=n(23786),s=n(86519),r=n(83291),c=n(81239),p=n(11877),l=n(43935),u=n(28910),d=n(31277),m=n(35568),f=1048576;e.exports=function(e,a,n){var x,h,v,b,g,y,w,E,_;return _=((E=e&l|0)>>d)-p|0,w=0,E>1071644672&&(h=o(0,((w=e+(f>>_+1)>>>0)&~(u>>(_=((w&l)>>d)-p|0)))>>>0),w=(w&u|f)>>d-_>>>0,e<0&&(w=-w),a-=h),g=(b=(n-((h=i(h=n+a,0))-a))*c+-1.904654299957768e-9*h)-((y=(v=.6931471824645996*h)+b)-v),x=y-(h=y*y)*m(h),e=t(y=1-(y*x/(x-2)-(g+y*g)-y)),e=s(e),y=(e+=w<<d>>>0)>>d<=0?r(y,w):o(y,e)}},72122:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(97687),o=n(35672),i=n(81475),s=n(50469);e.exports=function(e,a){return a===i?s:a===s?0:a>0?t(a)?e:0:t(a)?o(s,e):s}},8507:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(43935),o=n(2882);e.exports=function(e,a){return(o(e)&t)<=1072693247?a<0?1/0:0:a>0?1/0:0}},93355:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(66260),o=n(50469);e.exports=function(e,a){return-1===e?(e-e)/(e-e):1===e?1:t(e)<1==(a===o)?0:o}},93982:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(44385);e.exports=t},97236:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(42334),o=n(83291),i=n(21830),s=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],r=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],c=16777216,p=5.960464477539063e-8,l=i(20),u=i(20),d=i(20),m=i(20);function compute(e,a,n,i,l,u,f,x,h){var v,b,g,y,w,E,_,R,S;for(y=u,S=i[n],R=n,w=0;R>0;w++)b=p*S|0,m[w]=S-c*b|0,S=i[R-1]+b,R-=1;if(S=o(S,l),S-=8*t(.125*S),S-=_=0|S,g=0,l>0?(_+=w=m[n-1]>>24-l,m[n-1]-=w<<24-l,g=m[n-1]>>23-l):0===l?g=m[n-1]>>23:S>=.5&&(g=2),g>0){for(_+=1,v=0,w=0;w<n;w++)R=m[w],0===v?0!==R&&(v=1,m[w]=16777216-R):m[w]=16777215-R;if(l>0)switch(l){case 1:m[n-1]&=8388607;break;case 2:m[n-1]&=4194303}2===g&&(S=1-S,0!==v&&(S-=o(1,l)))}if(0===S){for(R=0,w=n-1;w>=u;w--)R|=m[w];if(0===R){for(E=1;0===m[u-E];E++);for(w=n+1;w<=n+E;w++){for(h[x+w]=s[f+w],b=0,R=0;R<=x;R++)b+=e[R]*h[x+(w-R)];i[w]=b}return compute(e,a,n+=E,i,l,u,f,x,h)}for(n-=1,l-=24;0===m[n];)n-=1,l-=24}else(S=o(S,-l))>=c?(b=p*S|0,m[n]=S-c*b|0,l+=24,m[n+=1]=b):m[n]=0|S;for(b=o(1,l),w=n;w>=0;w--)i[w]=b*m[w],b*=p;for(w=n;w>=0;w--){for(b=0,E=0;E<=y&&E<=n-w;E++)b+=r[E]*i[w+E];d[n-w]=b}for(b=0,w=n;w>=0;w--)b+=d[w];for(a[0]=0===g?b:-b,b=d[0]-b,w=1;w<=n;w++)b+=d[w];return a[1]=0===g?b:-b,7&_}e.exports=function(e,a,n,t){var o,i,r,c,p,d,m;for((i=(n-3)/24|0)<0&&(i=0),c=n-24*(i+1),d=i-(r=t-1),m=r+4,p=0;p<=m;p++)l[p]=d<0?0:s[d],d+=1;for(p=0;p<=4;p++){for(o=0,d=0;d<=r;d++)o+=e[d]*l[r+(p-d)];u[p]=o}return compute(e,a,4,u,c,4,i,r,l)}},44385:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/
var t=n(43935),o=n(7841),i=n(28910),s=n(2882),r=n(31662),c=n(17844),p=n(97236),l=n(92880),u=1.5707963267341256,d=6077100506506192e-26,m=2*d,f=3*d,x=4*d,h=[0,0,0],v=[0,0];e.exports=function(e,a){var n,b,g,y,w,E,_,R;if((y=(g=0|s(e))&t|0)<=1072243195)return a[0]=e,a[1]=0,0;if(y<=1074752122)return 598523===(y&i)?l(e,y,a):y<=1073928572?g>0?(R=e-u,a[0]=R-d,a[1]=R-a[0]-d,1):(R=e+u,a[0]=R+d,a[1]=R-a[0]+d,-1):g>0?(R=e-2*u,a[0]=R-m,a[1]=R-a[0]-m,2):(R=e+2*u,a[0]=R+m,a[1]=R-a[0]+m,-2);if(y<=1075594811)return y<=1075183036?1074977148===y?l(e,y,a):g>0?(R=e-3*u,a[0]=R-f,a[1]=R-a[0]-f,3):(R=e+3*u,a[0]=R+f,a[1]=R-a[0]+f,-3):1075388923===y?l(e,y,a):g>0?(R=e-4*u,a[0]=R-x,a[1]=R-a[0]-x,4):(R=e+4*u,a[0]=R+x,a[1]=R-a[0]+x,-4);if(y<1094263291)return l(e,y,a);if(y>=o)return a[0]=NaN,a[1]=NaN,0;for(n=r(e),R=c(y-((b=(y>>20)-1046)<<20),n),E=0;E<2;E++)h[E]=0|R,R=16777216*(R-h[E]);for(h[2]=R,w=3;0===h[w-1];)w-=1;return _=p(h,v,b,w,1),g<0?(a[0]=-v[0],a[1]=-v[1],-_):(a[0]=v[0],a[1]=v[1],_)}},92880:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(18972),o=n(2882);e.exports=function(e,a,n){var i,s,r,c,p;return r=e-1.5707963267341256*(i=t(.6366197723675814*e)),c=6077100506506192e-26*i,p=a>>20,n[0]=r-c,p-(o(n[0])>>20&2047)>16&&(c=20222662487959506e-37*i-((s=r)-(r=s-(c=6077100506303966e-26*i))-c),n[0]=r-c,p-(o(n[0])>>20&2047)>49&&(c=84784276603689e-45*i-((s=r)-(r=s-(c=20222662487111665e-37*i))-c),n[0]=r-c)),n[1]=r-n[0]-c,i}},18972:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(66547);e.exports=t},66547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Math.round;e.exports=a},61794:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(53205);e.exports=t},53205:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=n(43935),o=n(7841),i=n(2882),s=n(71567),r=n(70186),c=n(93982),p=[0,0];e.exports=function(e){var a;if(a=i(e),(a&=t)<=1072243195)return a<1045430272?e:r(e,0);if(a>=o)return NaN;switch(3&c(e,p)){case 0:return r(p[0],p[1]);case 1:return s(p[0],p[1]);case 2:return-r(p[0],p[1]);default:return-s(p[0],p[1])}}},18901:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(83012);e.exports=t},83012:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(86523),o=n(57234),i=n(99191),s=n(61794),r=n(66260),c=n(35672),p=n(39701);e.exports=function(e){var a,n;return t(e)||o(e)?NaN:0===(a=r(n=e%2))||1===a?c(0,n):a<.25?s(p*n):a<.75?c(i(p*(a=.5-a)),n):a<1.25?(n=c(1,n)-n,s(p*n)):a<1.75?-c(i(p*(a-=1.5)),n):(n-=c(2,n),s(p*n))}},15478:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(91689);e.exports=t},91689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Math.sqrt;e.exports=a},81262:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(92657);e.exports=t},92657:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(42334),o=n(3385);e.exports=function(e){return e<0?o(e):t(e)}},84241:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(97696);e.exports=t},97696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
e.exports=Number},6075:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(67014);e.exports=t},67014:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(2882),o=n(7841),i=n(11877);e.exports=function(e){var a=t(e);return(a=(a&o)>>>20)-i|0}},17844:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(15259);e.exports=t},99593:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o,i;!0===n(40347)?(o=1,i=0):(o=0,i=1),t={HIGH:o,LOW:i},e.exports=t},15259:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(47096),o=n(69979),i=n(99593),s=new o(1),r=new t(s.buffer),c=i.HIGH,p=i.LOW;e.exports=function(e,a){return r[c]=e,r[p]=a,s[0]}},69828:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t;t=!0===n(40347)?1:0,e.exports=t},2882:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(16053);e.exports=t},16053:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(47096),o=n(69979),i=n(69828),s=new o(1),r=new t(s.buffer);e.exports=function(e){return s[0]=e,r[i]}},31662:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(23761);e.exports=t},75844:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t;t=!0===n(40347)?0:1,e.exports=t},23761:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(47096),o=n(69979),i=n(75844),s=new o(1),r=new t(s.buffer);e.exports=function(e){return s[0]=e,r[i]}},40750:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(55417),o=n(57234),i=n(86523),s=n(66260);e.exports=function(e,a,n,r){return i(e)||o(e)?(a[r]=e,a[r+n]=0,a):0!==e&&s(e)<t?(a[r]=4503599627370496*e,a[r+n]=-52,a):(a[r]=e,a[r+n]=0,a)}},79335:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(4568),o=n(86754);t(o,"assign",n(40750)),e.exports=o},86754:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(40750);e.exports=function(e){return t(e,[0,0],1,0)}},72880:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t;t=!0===n(40347)?1:0,e.exports=t},45990:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(96921);e.exports=t},96921:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(47096),o=n(69979),i=n(72880),s=new o(1),r=new t(s.buffer);e.exports=function(e,a){return s[0]=e,r[i]=a>>>0,s[0]}},23786:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(10253);e.exports=t},79760:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t;t=!0===n(40347)?0:1,e.exports=t},10253:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(47096),o=n(69979),i=n(79760),s=new o(1),r=new t(s.buffer);e.exports=function(e,a){return s[0]=e,r[i]=a>>>0,s[0]}},65132:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(47096),o=n(69979),i=n(33808),s=new o(1),r=new t(s.buffer),c=i.HIGH,p=i.LOW;e.exports=function(e,a,n,t){return s[0]=e,a[t]=r[c],a[t+n]=r[p],a}},87949:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(4568),o=n(16364);t(o,"assign",n(65132)),e.exports=o},33808:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o,i;!0===n(40347)?(o=1,i=0):(o=0,i=1),t={HIGH:o,LOW:i},e.exports=t},16364:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(65132);e.exports=function(e){return t(e,[0,0],1,0)}},86519:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(73234);e.exports=t},73234:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return 0|e}},92029:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Math.abs,n=String.prototype.toLowerCase,t=String.prototype.toUpperCase,o=String.prototype.replace,i=/e\+(\d)$/,s=/e-(\d)$/,r=/^(\d+)$/,c=/^(\d+)e/,p=/\.0$/,l=/\.0*e/,u=/(\..*[^0])0*e/;e.exports=function(e,d){var m,f;switch(d.specifier){case"e":case"E":f=e.toExponential(d.precision);break;case"f":case"F":f=e.toFixed(d.precision);break;case"g":case"G":a(e)<1e-4?((m=d.precision)>0&&(m-=1),f=e.toExponential(m)):f=e.toPrecision(d.precision),d.alternate||(f=o.call(f,u,"$1e"),f=o.call(f,l,"e"),f=o.call(f,p,""));break;default:throw new Error("invalid double notation. Value: "+d.specifier)}return f=o.call(f,i,"e+0$1"),f=o.call(f,s,"e-0$1"),d.alternate&&(f=o.call(f,r,"$1."),f=o.call(f,c,"$1.e")),e>=0&&d.sign&&(f=d.sign+f),f=d.specifier===t.call(d.specifier)?t.call(f):n.call(f)}},91836:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(86392),o=n(20122),i=String.prototype.toLowerCase,s=String.prototype.toUpperCase;e.exports=function(e){var a,n,r;switch(e.specifier){case"b":a=2;break;case"o":a=8;break;case"x":case"X":a=16;break;default:a=10}if(n=e.arg,r=parseInt(n,10),!isFinite(r)){if(!t(n))throw new Error("invalid integer. Value: "+n);r=0}return r<0&&("u"===e.specifier||10!==a)&&(r=4294967295+r+1),r<0?(n=(-r).toString(a),e.precision&&(n=o(n,e.precision,e.padRight)),n="-"+n):(n=r.toString(a),r||e.precision?e.precision&&(n=o(n,e.precision,e.padRight)):n="",e.sign&&(n=e.sign+n)),16===a&&(e.alternate&&(n="0x"+n),n=e.specifier===s.call(e.specifier)?s.call(n):i.call(n)),8===a&&e.alternate&&"0"!==n.charAt(0)&&(n="0"+n),n}},50024:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(84879);e.exports=t},86392:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"number"==typeof e}},97852:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"string"==typeof e}},84879:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(91836),o=n(97852),i=n(86392),s=n(92029),r=n(34484),c=n(20122),p=String.fromCharCode,l=Array.isArray;function isnan(e){return e!=e}function initialize(e){var a={};return a.specifier=e.specifier,a.precision=void 0===e.precision?1:e.precision,a.width=e.width,a.flags=e.flags||"",a.mapping=e.mapping,a}e.exports=function(e){var a,n,u,d,m,f,x,h,v,b;if(!l(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(f="",x=1,v=0;v<e.length;v++)if(u=e[v],o(u))f+=u;else{if(a=void 0!==u.precision,!(u=initialize(u)).specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+v+"`. Value: `"+u+"`.");for(u.mapping&&(x=u.mapping),n=u.flags,b=0;b<n.length;b++)switch(d=n.charAt(b)){case" ":u.sign=" ";break;case"+":u.sign="+";break;case"-":u.padRight=!0,u.padZeros=!1;break;case"0":u.padZeros=n.indexOf("-")<0;break;case"#":u.alternate=!0;break;default:throw new Error("invalid flag: "+d)}if("*"===u.width){if(u.width=parseInt(arguments[x],10),x+=1,isnan(u.width))throw new TypeError("the argument for * width at position "+x+" is not a number. Value: `"+u.width+"`.");u.width<0&&(u.padRight=!0,u.width=-u.width)}if(a&&"*"===u.precision){if(u.precision=parseInt(arguments[x],10),x+=1,isnan(u.precision))throw new TypeError("the argument for * precision at position "+x+" is not a number. Value: `"+u.precision+"`.");u.precision<0&&(u.precision=1,a=!1)}switch(u.arg=arguments[x],u.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":a&&(u.padZeros=!1),u.arg=t(u);break;case"s":u.maxWidth=a?u.precision:-1,u.arg=String(u.arg);break;case"c":if(!isnan(u.arg)){if((m=parseInt(u.arg,10))<0||m>127)throw new Error("invalid character code. Value: "+u.arg);u.arg=isnan(m)?String(u.arg):p(m)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(a||(u.precision=6),h=parseFloat(u.arg),!isFinite(h)){if(!i(u.arg))throw new Error("invalid floating-point number. Value: "+f);h=u.arg,u.padZeros=!1}u.arg=s(h,u);break;default:throw new Error("invalid specifier: "+u.specifier)}u.maxWidth>=0&&u.arg.length>u.maxWidth&&(u.arg=u.arg.substring(0,u.maxWidth)),u.padZeros?u.arg=c(u.arg,u.width||u.precision,u.padRight):u.width&&(u.arg=r(u.arg,u.width,u.padRight)),f+=u.arg||"",x+=1}return f}},34484:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function spaces(e){var a,n="";for(a=0;a<e;a++)n+=" ";return n}e.exports=function(e,a,n){var t=a-e.length;return t<0?e:e=n?e+spaces(t):spaces(t)+e}},20122:e=>{function zeros(e){var a,n="";for(a=0;a<e;a++)n+="0";return n}e.exports=function(e,a,n){var t=!1,o=a-e.length;return o<0||(
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"-"===e[0]}(e)&&(t=!0,e=e.substr(1)),e=n?e+zeros(o):zeros(o)+e,t&&(e="-"+e)),e}},19340:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(58755);e.exports=t},58755:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var a={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return"."===e[4]&&void 0===e[5]&&(a.precision="1"),a}e.exports=function(e){var n,t,o,i;for(t=[],i=0,o=a.exec(e);o;)(n=e.slice(i,a.lastIndex-o[0].length)).length&&t.push(n),"%"===o[6]?t.push("%"):t.push(parse(o)),i=a.lastIndex,o=a.exec(e);return(n=e.slice(i)).length&&t.push(n),t}},17760:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(63191);e.exports=t},28676:e=>{e.exports=
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function(e){return"string"==typeof e}},63191:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(50024),o=n(19340),i=n(28676);e.exports=function format(e){var a,n;if(!i(e))throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e));for(a=[o(e)],n=1;n<arguments.length;n++)a.push(arguments[n]);return t.apply(null,a)}},32038:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(62873);e.exports=t},62873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Symbol?Symbol:void 0;e.exports=a},4568:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(26239);e.exports=t},26239:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(50708);e.exports=function(e,a,n){t(e,a,{configurable:!1,enumerable:!1,writable:!1,value:n})}},97619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Object.defineProperty;e.exports=a},15141:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a="function"==typeof Object.defineProperty?Object.defineProperty:null;e.exports=a},32342:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(15141);e.exports=function(){try{return t({},"x",{}),!0}catch(e){return!1}}},50708:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o=n(32342),i=n(97619),s=n(80061);t=o()?i:s,e.exports=t},80061:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(17760),o=Object.prototype,i=o.toString,s=o.__defineGetter__,r=o.__defineSetter__,c=o.__lookupGetter__,p=o.__lookupSetter__;e.exports=function(e,a,n){var l,u,d,m;if("object"!=typeof e||null===e||"[object Array]"===i.call(e))throw new TypeError(t("invalid argument. First argument must be an object. Value: `%s`.",e));if("object"!=typeof n||null===n||"[object Array]"===i.call(n))throw new TypeError(t("invalid argument. Property descriptor must be an object. Value: `%s`.",n));if((u="value"in n)&&(c.call(e,a)||p.call(e,a)?(l=e.__proto__,e.__proto__=o,delete e[a],e[a]=n.value,e.__proto__=l):e[a]=n.value),d="get"in n,m="set"in n,u&&(d||m))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return d&&s&&s.call(e,a,n.get),m&&r&&r.call(e,a,n.set),e}},547:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t,o=n(9501),i=n(31006),s=n(9728);t=o()?s:i,e.exports=t},31006:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(55763);e.exports=function(e){return t.call(e)}},9728:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(31907),o=n(94499),i=n(55763);e.exports=function(e){var a,n,s;if(null==e)return i.call(e);n=e[o],a=t(e,o);try{e[o]=void 0}catch(a){return i.call(e)}return s=i.call(e),a?e[o]=n:delete e[o],s}},55763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var a=Object.prototype.toString;e.exports=a},94499:(e,a,n)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=n(32038),o="function"==typeof t?t.toStringTag:"";e.exports=o},8207:function(e,a,n){var t=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};const o=n(24434),i=t(n(2830)),s=t(n(98067)),r=i.default("agent-base");function isSecureEndpoint(){const{stack:e}=new Error;return"string"==typeof e&&e.split("\n").some(e=>-1!==e.indexOf("(https.js:")||-1!==e.indexOf("node:https:"))}function createAgent(e,a){return new createAgent.Agent(e,a)}!function(e){class Agent extends o.EventEmitter{constructor(e,a){super();let n=a;"function"==typeof e?this.callback=e:e&&(n=e),this.timeout=null,n&&"number"==typeof n.timeout&&(this.timeout=n.timeout),this.maxFreeSockets=1,this.maxSockets=1,this.maxTotalSockets=1/0,this.sockets={},this.freeSockets={},this.requests={},this.options={}}get defaultPort(){return"number"==typeof this.explicitDefaultPort?this.explicitDefaultPort:isSecureEndpoint()?443:80}set defaultPort(e){this.explicitDefaultPort=e}get protocol(){return"string"==typeof this.explicitProtocol?this.explicitProtocol:isSecureEndpoint()?"https:":"http:"}set protocol(e){this.explicitProtocol=e}callback(e,a,n){throw new Error('"agent-base" has no default implementation, you must subclass and override `callback()`')}addRequest(e,a){const n=Object.assign({},a);"boolean"!=typeof n.secureEndpoint&&(n.secureEndpoint=isSecureEndpoint()),null==n.host&&(n.host="localhost"),null==n.port&&(n.port=n.secureEndpoint?443:80),null==n.protocol&&(n.protocol=n.secureEndpoint?"https:":"http:"),n.host&&n.path&&delete n.path,delete n.agent,delete n.hostname,delete n._defaultAgent,delete n.defaultPort,delete n.createConnection,e._last=!0,e.shouldKeepAlive=!1;let t=!1,o=null;const i=n.timeout||this.timeout,onerror=a=>{e._hadError||(e.emit("error",a),e._hadError=!0)},ontimeout=()=>{o=null,t=!0;const e=new Error(`A "socket" was not created for HTTP request before ${i}ms`);e.code="ETIMEOUT",onerror(e)},callbackError=e=>{t||(null!==o&&(clearTimeout(o),o=null),onerror(e))},onsocket=a=>{if(t)return;if(null!=o&&(clearTimeout(o),o=null),i=a,Boolean(i)&&"function"==typeof i.addRequest)return r("Callback returned another Agent instance %o",a.constructor.name),void a.addRequest(e,n);var i;if(a)return a.once("free",()=>{this.freeSocket(a,n)}),void e.onSocket(a);const s=new Error(`no Duplex stream was returned to agent-base for \`${e.method} ${e.path}\``);onerror(s)};if("function"==typeof this.callback){this.promisifiedCallback||(this.callback.length>=3?(r("Converting legacy callback function to promise"),this.promisifiedCallback=s.default(this.callback)):this.promisifiedCallback=this.callback),"number"==typeof i&&i>0&&(o=setTimeout(ontimeout,i)),"port"in n&&"number"!=typeof n.port&&(n.port=Number(n.port));try{r("Resolving socket for %o request: %o",n.protocol,`${e.method} ${e.path}`),Promise.resolve(this.promisifiedCallback(e,n)).then(onsocket,callbackError)}catch(e){Promise.reject(e).catch(callbackError)}}else onerror(new Error("`callback` is not defined"))}freeSocket(e,a){r("Freeing socket %o %o",e.constructor.name,a),e.destroy()}destroy(){r("Destroying agent %o",this.constructor.name)}}e.Agent=Agent,e.prototype=e.Agent.prototype}(createAgent||(createAgent={})),e.exports=createAgent},98067:(e,a)=>{Object.defineProperty(a,"__esModule",{value:!0}),a.default=function(e){return function(a,n){return new Promise((t,o)=>{e.call(this,a,n,(e,a)=>{e?o(e):t(a)})})}}},51491:e=>{const a=async function(){}.constructor;e.exports=()=>a},36:e=>{const a=async function*(){}.constructor;e.exports=()=>a},31324:(e,a,n)=>{e.exports={parallel:n(83857),serial:n(31054),serialOrdered:n(53961)}},24818:e=>{function clean(e){"function"==typeof this.jobs[e]&&this.jobs[e]()}e.exports=function(e){Object.keys(e.jobs).forEach(clean.bind(e)),e.jobs={}}},78452:(e,a,n)=>{var t=n(29200);e.exports=function(e){var a=!1;return t(function(){a=!0}),function(n,o){a?e(n,o):t(function(){e(n,o)})}}},29200:e=>{e.exports=function(e){var a="function"==typeof setImmediate?setImmediate:"object"==typeof process&&"function"==typeof process.nextTick?process.nextTick:null;a?a(e):setTimeout(e,0)}},24902:(e,a,n)=>{var t=n(78452),o=n(24818);e.exports=function(e,a,n,i){var s=n.keyedList?n.keyedList[n.index]:n.index;n.jobs[s]=function(e,a,n,o){var i;i=2==e.length?e(n,t(o)):e(n,a,t(o));return i}(a,s,e[s],function(e,a){s in n.jobs&&(delete n.jobs[s],e?o(n):n.results[s]=a,i(e,n.results))})}},81721:e=>{e.exports=function(e,a){var n=!Array.isArray(e),t={index:0,keyedList:n||a?Object.keys(e):null,jobs:{},results:n?{}:[],size:n?Object.keys(e).length:e.length};a&&t.keyedList.sort(n?a:function(n,t){return a(e[n],e[t])});return t}},33351:(e,a,n)=>{var t=n(24818),o=n(78452);e.exports=function(e){if(!Object.keys(this.jobs).length)return;this.index=this.size,t(this),o(e)(null,this.results)}},83857:(e,a,n)=>{var t=n(24902),o=n(81721),i=n(33351);e.exports=function(e,a,n){var s=o(e);for(;s.index<(s.keyedList||e).length;)t(e,a,s,function(e,a){e?n(e,a):0!==Object.keys(s.jobs).length||n(null,s.results)}),s.index++;return i.bind(s,n)}},31054:(e,a,n)=>{var t=n(53961);e.exports=function(e,a,n){return t(e,a,null,n)}},53961:(e,a,n)=>{var t=n(24902),o=n(81721),i=n(33351);function ascending(e,a){return e<a?-1:e>a?1:0}e.exports=function(e,a,n,s){var r=o(e,n);return t(e,a,r,function iteratorHandler(n,o){n?s(n,o):(r.index++,r.index<(r.keyedList||e).length?t(e,a,r,iteratorHandler):s(null,r.results))}),i.bind(r,s)},e.exports.ascending=ascending,e.exports.descending=function(e,a){return-1*ascending(e,a)}},22639:(e,a,n)=>{var t=n(37564),o=n(33945),i=n(88093),s=n(31330);e.exports=s||t.call(i,o)},33945:e=>{e.exports=Function.prototype.apply},88093:e=>{e.exports=Function.prototype.call},88705:(e,a,n)=>{var t=n(37564),o=n(73314),i=n(88093),s=n(22639);e.exports=function(e){if(e.length<1||"function"!=typeof e[0])throw new o("a function is required");return s(t,i,e)}},31330:e=>{e.exports="undefined"!=typeof Reflect&&Reflect&&Reflect.apply},35630:(e,a,n)=>{var t=n(39023),o=n(2203).Stream,i=n(72710);function CombinedStream(){this.writable=!1,this.readable=!0,this.dataSize=0,this.maxDataSize=2097152,this.pauseStreams=!0,this._released=!1,this._streams=[],this._currentStream=null,this._insideLoop=!1,this._pendingNext=!1}e.exports=CombinedStream,t.inherits(CombinedStream,o),CombinedStream.create=function(e){var a=new this;for(var n in e=e||{})a[n]=e[n];return a},CombinedStream.isStreamLike=function(e){return"function"!=typeof e&&"string"!=typeof e&&"boolean"!=typeof e&&"number"!=typeof e&&!Buffer.isBuffer(e)},CombinedStream.prototype.append=function(e){if(CombinedStream.isStreamLike(e)){if(!(e instanceof i)){var a=i.create(e,{maxDataSize:1/0,pauseStream:this.pauseStreams});e.on("data",this._checkDataSize.bind(this)),e=a}this._handleErrors(e),this.pauseStreams&&e.pause()}return this._streams.push(e),this},CombinedStream.prototype.pipe=function(e,a){return o.prototype.pipe.call(this,e,a),this.resume(),e},CombinedStream.prototype._getNext=function(){if(this._currentStream=null,this._insideLoop)this._pendingNext=!0;else{this._insideLoop=!0;try{do{this._pendingNext=!1,this._realGetNext()}while(this._pendingNext)}finally{this._insideLoop=!1}}},CombinedStream.prototype._realGetNext=function(){var e=this._streams.shift();void 0!==e?"function"==typeof e?e(function(e){CombinedStream.isStreamLike(e)&&(e.on("data",this._checkDataSize.bind(this)),this._handleErrors(e)),this._pipeNext(e)}.bind(this)):this._pipeNext(e):this.end()},CombinedStream.prototype._pipeNext=function(e){if(this._currentStream=e,CombinedStream.isStreamLike(e))return e.on("end",this._getNext.bind(this)),void e.pipe(this,{end:!1});var a=e;this.write(a),this._getNext()},CombinedStream.prototype._handleErrors=function(e){var a=this;e.on("error",function(e){a._emitError(e)})},CombinedStream.prototype.write=function(e){this.emit("data",e)},CombinedStream.prototype.pause=function(){this.pauseStreams&&(this.pauseStreams&&this._currentStream&&"function"==typeof this._currentStream.pause&&this._currentStream.pause(),this.emit("pause"))},CombinedStream.prototype.resume=function(){this._released||(this._released=!0,this.writable=!0,this._getNext()),this.pauseStreams&&this._currentStream&&"function"==typeof this._currentStream.resume&&this._currentStream.resume(),this.emit("resume")},CombinedStream.prototype.end=function(){this._reset(),this.emit("end")},CombinedStream.prototype.destroy=function(){this._reset(),this.emit("close")},CombinedStream.prototype._reset=function(){this.writable=!1,this._streams=[],this._currentStream=null},CombinedStream.prototype._checkDataSize=function(){if(this._updateDataSize(),!(this.dataSize<=this.maxDataSize)){var e="DelayedStream#maxDataSize of "+this.maxDataSize+" bytes exceeded.";this._emitError(new Error(e))}},CombinedStream.prototype._updateDataSize=function(){this.dataSize=0;var e=this;this._streams.forEach(function(a){a.dataSize&&(e.dataSize+=a.dataSize)}),this._currentStream&&this._currentStream.dataSize&&(this.dataSize+=this._currentStream.dataSize)},CombinedStream.prototype._emitError=function(e){this._reset(),this.emit("error",e)}},72710:(e,a,n)=>{var t=n(2203).Stream,o=n(39023);function DelayedStream(){this.source=null,this.dataSize=0,this.maxDataSize=1048576,this.pauseStream=!0,this._maxDataSizeExceeded=!1,this._released=!1,this._bufferedEvents=[]}e.exports=DelayedStream,o.inherits(DelayedStream,t),DelayedStream.create=function(e,a){var n=new this;for(var t in a=a||{})n[t]=a[t];n.source=e;var o=e.emit;return e.emit=function(){return n._handleEmit(arguments),o.apply(e,arguments)},e.on("error",function(){}),n.pauseStream&&e.pause(),n},Object.defineProperty(DelayedStream.prototype,"readable",{configurable:!0,enumerable:!0,get:function(){return this.source.readable}}),DelayedStream.prototype.setEncoding=function(){return this.source.setEncoding.apply(this.source,arguments)},DelayedStream.prototype.resume=function(){this._released||this.release(),this.source.resume()},DelayedStream.prototype.pause=function(){this.source.pause()},DelayedStream.prototype.release=function(){this._released=!0,this._bufferedEvents.forEach(function(e){this.emit.apply(this,e)}.bind(this)),this._bufferedEvents=[]},DelayedStream.prototype.pipe=function(){var e=t.prototype.pipe.apply(this,arguments);return this.resume(),e},DelayedStream.prototype._handleEmit=function(e){this._released?this.emit.apply(this,e):("data"===e[0]&&(this.dataSize+=e[1].length,this._checkIfMaxDataSizeExceeded()),this._bufferedEvents.push(e))},DelayedStream.prototype._checkIfMaxDataSizeExceeded=function(){if(!(this._maxDataSizeExceeded||this.dataSize<=this.maxDataSize)){this._maxDataSizeExceeded=!0;var e="DelayedStream#maxDataSize of "+this.maxDataSize+" bytes exceeded.";this.emit("error",new Error(e))}}},26669:(e,a,n)=>{var t,o=n(88705),i=n(33170);try{t=[].__proto__===Array.prototype}catch(e){if(!e||"object"!=typeof e||!("code"in e)||"ERR_PROTO_ACCESS"!==e.code)throw e}var s=!!t&&i&&i(Object.prototype,"__proto__"),r=Object,c=r.getPrototypeOf;e.exports=s&&"function"==typeof s.get?o([s.get]):"function"==typeof c&&function(e){return c(null==e?e:r(e))}},79094:e=>{var a=Object.defineProperty||!1;if(a)try{a({},"a",{value:1})}catch(e){a=!1}e.exports=a},33056:e=>{e.exports=EvalError},31620:e=>{e.exports=Error},14585:e=>{e.exports=RangeError},46905:e=>{e.exports=ReferenceError},80105:e=>{e.exports=SyntaxError},73314:e=>{e.exports=TypeError},32578:e=>{e.exports=URIError},95399:e=>{e.exports=Object},88700:(e,a,n)=>{var t=n(60470)("%Object.defineProperty%",!0),o=n(85479)(),i=n(54076),s=n(73314),r=o?Symbol.toStringTag:null;e.exports=function(e,a){var n=arguments.length>2&&!!arguments[2]&&arguments[2].force,o=arguments.length>2&&!!arguments[2]&&arguments[2].nonConfigurable;if(void 0!==n&&"boolean"!=typeof n||void 0!==o&&"boolean"!=typeof o)throw new s("if provided, the `overrideIfSet` and `nonConfigurable` options must be booleans");!r||!n&&i(e,r)||(t?t(e,r,{configurable:!o,enumerable:!1,value:a,writable:!1}):e[r]=a)}},34778:(e,a,n)=>{var t;e.exports=function(){if(!t){try{t=n(2830)("follow-redirects")}catch(e){}"function"!=typeof t&&(t=function(){})}t.apply(null,arguments)}},1573:(e,a,n)=>{var t,o,i,s=n(87016),r=s.URL,c=n(58611),p=n(65692),l=n(2203).Writable,u=n(42613),d=n(34778);t="undefined"!=typeof process,o="undefined"!=typeof window&&"undefined"!=typeof document,i=isFunction(Error.captureStackTrace),t||!o&&i||console.warn("The follow-redirects package should be excluded from browser builds.");var m=!1;try{u(new r(""))}catch(e){m="ERR_INVALID_URL"===e.code}var f=["Authorization","Proxy-Authorization","Cookie"],x=["auth","host","hostname","href","path","pathname","port","protocol","query","search","hash"],h=["abort","aborted","connect","error","socket","timeout"],v=Object.create(null);h.forEach(function(e){v[e]=function(a,n,t){this._redirectable.emit(e,a,n,t)}});var b=createErrorType("ERR_INVALID_URL","Invalid URL",TypeError),g=createErrorType("ERR_FR_REDIRECTION_FAILURE","Redirected request failed"),y=createErrorType("ERR_FR_TOO_MANY_REDIRECTS","Maximum number of redirects exceeded",g),w=createErrorType("ERR_FR_MAX_BODY_LENGTH_EXCEEDED","Request body larger than maxBodyLength limit"),E=createErrorType("ERR_STREAM_WRITE_AFTER_END","write after end"),_=l.prototype.destroy||noop;function RedirectableRequest(e,a){l.call(this),this._sanitizeOptions(e),this._options=e,this._ended=!1,this._ending=!1,this._redirectCount=0,this._redirects=[],this._requestBodyLength=0,this._requestBodyBuffers=[],a&&this.on("response",a);var n=this;this._onNativeResponse=function(e){try{n._processResponse(e)}catch(e){n.emit("error",e instanceof g?e:new g({cause:e}))}},this._headerFilter=new RegExp("^(?:"+f.concat(e.sensitiveHeaders).map(escapeRegex).join("|")+")$","i"),this._performRequest()}function wrap(e){var a={maxRedirects:21,maxBodyLength:10485760},n={};return Object.keys(e).forEach(function(t){var o=t+":",i=n[o]=e[t],s=a[t]=Object.create(i);Object.defineProperties(s,{request:{value:function(e,t,i){var s;return s=e,r&&s instanceof r?e=spreadUrlObject(e):isString(e)?e=spreadUrlObject(parseUrl(e)):(i=t,t=validateUrl(e),e={protocol:o}),isFunction(t)&&(i=t,t=null),(t=Object.assign({maxRedirects:a.maxRedirects,maxBodyLength:a.maxBodyLength},e,t)).nativeProtocols=n,isString(t.host)||isString(t.hostname)||(t.hostname="::1"),u.equal(t.protocol,o,"protocol mismatch"),d("options",t),new RedirectableRequest(t,i)},configurable:!0,enumerable:!0,writable:!0},get:{value:function(e,a,n){var t=s.request(e,a,n);return t.end(),t},configurable:!0,enumerable:!0,writable:!0}})}),a}function noop(){}function parseUrl(e){var a;if(m)a=new r(e);else if(!isString((a=validateUrl(s.parse(e))).protocol))throw new b({input:e});return a}function validateUrl(e){if(/^\[/.test(e.hostname)&&!/^\[[:0-9a-f]+\]$/i.test(e.hostname))throw new b({input:e.href||e});if(/^\[/.test(e.host)&&!/^\[[:0-9a-f]+\](:\d+)?$/i.test(e.host))throw new b({input:e.href||e});return e}function spreadUrlObject(e,a){var n=a||{};for(var t of x)n[t]=e[t];return n.hostname.startsWith("[")&&(n.hostname=n.hostname.slice(1,-1)),""!==n.port&&(n.port=Number(n.port)),n.path=n.search?n.pathname+n.search:n.pathname,n}function removeMatchingHeaders(e,a){var n;for(var t in a)e.test(t)&&(n=a[t],delete a[t]);return null==n?void 0:String(n).trim()}function createErrorType(e,a,n){function CustomError(n){isFunction(Error.captureStackTrace)&&Error.captureStackTrace(this,this.constructor),Object.assign(this,n||{}),this.code=e,this.message=this.cause?a+": "+this.cause.message:a}return CustomError.prototype=new(n||Error),Object.defineProperties(CustomError.prototype,{constructor:{value:CustomError,enumerable:!1},name:{value:"Error ["+e+"]",enumerable:!1}}),CustomError}function destroyRequest(e,a){for(var n of h)e.removeListener(n,v[n]);e.on("error",noop),e.destroy(a)}function isString(e){return"string"==typeof e||e instanceof String}function isFunction(e){return"function"==typeof e}function escapeRegex(e){return e.replace(/[\^$\\.*+?()[\]{}|]/g,"\\$&")}RedirectableRequest.prototype=Object.create(l.prototype),RedirectableRequest.prototype.abort=function(){destroyRequest(this._currentRequest),this._currentRequest.abort(),this.emit("abort")},RedirectableRequest.prototype.destroy=function(e){return destroyRequest(this._currentRequest,e),_.call(this,e),this},RedirectableRequest.prototype.write=function(e,a,n){if(this._ending)throw new E;if(!isString(e)&&("object"!=typeof(t=e)||!("length"in t)))throw new TypeError("data should be a string, Buffer or Uint8Array");var t;isFunction(a)&&(n=a,a=null),0!==e.length?this._requestBodyLength+e.length<=this._options.maxBodyLength?(this._requestBodyLength+=e.length,this._requestBodyBuffers.push({data:e,encoding:a}),this._currentRequest.write(e,a,n)):(this.emit("error",new w),this.abort()):n&&n()},RedirectableRequest.prototype.end=function(e,a,n){if(isFunction(e)?(n=e,e=a=null):isFunction(a)&&(n=a,a=null),e){var t=this,o=this._currentRequest;this.write(e,a,function(){t._ended=!0,o.end(null,null,n)}),this._ending=!0}else this._ended=this._ending=!0,this._currentRequest.end(null,null,n)},RedirectableRequest.prototype.setHeader=function(e,a){this._options.headers[e]=a,this._currentRequest.setHeader(e,a)},RedirectableRequest.prototype.removeHeader=function(e){delete this._options.headers[e],this._currentRequest.removeHeader(e)},RedirectableRequest.prototype.setTimeout=function(e,a){var n=this;function destroyOnTimeout(a){a.setTimeout(e),a.removeListener("timeout",a.destroy),a.addListener("timeout",a.destroy)}function startTimer(a){n._timeout&&clearTimeout(n._timeout),n._timeout=setTimeout(function(){n.emit("timeout"),clearTimer()},e),destroyOnTimeout(a)}function clearTimer(){n._timeout&&(clearTimeout(n._timeout),n._timeout=null),n.removeListener("abort",clearTimer),n.removeListener("error",clearTimer),n.removeListener("response",clearTimer),n.removeListener("close",clearTimer),a&&n.removeListener("timeout",a),n.socket||n._currentRequest.removeListener("socket",startTimer)}return a&&this.on("timeout",a),this.socket?startTimer(this.socket):this._currentRequest.once("socket",startTimer),this.on("socket",destroyOnTimeout),this.on("abort",clearTimer),this.on("error",clearTimer),this.on("response",clearTimer),this.on("close",clearTimer),this},["flushHeaders","getHeader","setNoDelay","setSocketKeepAlive"].forEach(function(e){RedirectableRequest.prototype[e]=function(a,n){return this._currentRequest[e](a,n)}}),["aborted","connection","socket"].forEach(function(e){Object.defineProperty(RedirectableRequest.prototype,e,{get:function(){return this._currentRequest[e]}})}),RedirectableRequest.prototype._sanitizeOptions=function(e){if(e.headers){if(Array.isArray(e.headers)){var a=e.headers;e.headers={};for(var n=0;n<a.length;n+=2)e.headers[a[n]]=a[n+1]}}else e.headers={};if(Array.isArray(e.sensitiveHeaders)||(e.sensitiveHeaders=[]),e.host&&(e.hostname||(e.hostname=e.host),delete e.host),!e.pathname&&e.path){var t=e.path.indexOf("?");t<0?e.pathname=e.path:(e.pathname=e.path.substring(0,t),e.search=e.path.substring(t))}},RedirectableRequest.prototype._performRequest=function(){var e=this._options.protocol,a=this._options.nativeProtocols[e];if(!a)throw new TypeError("Unsupported protocol "+e);if(this._options.agents){var n=e.slice(0,-1);this._options.agent=this._options.agents[n]}var t=this._currentRequest=a.request(this._options,this._onNativeResponse);for(var o of(t._redirectable=this,h))t.on(o,v[o]);if(this._currentUrl=/^\//.test(this._options.path)?s.format(this._options):this._options.path,this._isRedirect){var i=0,r=this,c=this._requestBodyBuffers;!function writeNext(e){if(t===r._currentRequest)if(e)r.emit("error",e);else if(i<c.length){var a=c[i++];t.finished||t.write(a.data,a.encoding,writeNext)}else r._ended&&t.end()}()}},RedirectableRequest.prototype._processResponse=function(e){var a=e.statusCode;this._options.trackRedirects&&this._redirects.push({url:this._currentUrl,headers:e.headers,statusCode:a});var n,t=e.headers.location;if(!t||!1===this._options.followRedirects||a<300||a>=400)return e.responseUrl=this._currentUrl,e.redirects=this._redirects,this.emit("response",e),void(this._requestBodyBuffers=[]);if(destroyRequest(this._currentRequest),e.destroy(),++this._redirectCount>this._options.maxRedirects)throw new y;var o=this._options.beforeRedirect;o&&(n=Object.assign({Host:e.req.getHeader("host")},this._options.headers));var i=this._options.method;((301===a||302===a)&&"POST"===this._options.method||303===a&&!/^(?:GET|HEAD)$/.test(this._options.method))&&(this._options.method="GET",this._requestBodyBuffers=[],removeMatchingHeaders(/^content-/i,this._options.headers));var c,p,l=removeMatchingHeaders(/^host$/i,this._options.headers),f=parseUrl(this._currentUrl),x=l||f.host,h=/^\w+:/.test(t)?this._currentUrl:s.format(Object.assign(f,{host:x})),v=(c=t,p=h,m?new r(c,p):parseUrl(s.resolve(p,c)));if(d("redirecting to",v.href),this._isRedirect=!0,spreadUrlObject(v,this._options),(v.protocol!==f.protocol&&"https:"!==v.protocol||v.host!==x&&!function(e,a){u(isString(e)&&isString(a));var n=e.length-a.length-1;return n>0&&"."===e[n]&&e.endsWith(a)}(v.host,x))&&removeMatchingHeaders(this._headerFilter,this._options.headers),isFunction(o)){var b={headers:e.headers,statusCode:a},g={url:h,method:i,headers:n};o(this._options,b,g),this._sanitizeOptions(this._options)}this._performRequest()},e.exports=wrap({http:c,https:p}),e.exports.wrap=wrap},96454:(e,a,n)=>{var t=n(35630),o=n(39023),i=n(16928),s=n(58611),r=n(65692),c=n(87016).parse,p=n(79896),l=n(2203).Stream,u=n(76982),d=n(14096),m=n(31324),f=n(88700),x=n(54076),h=n(11835);function escapeHeaderParam(e){return String(e).replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/"/g,"%22")}function FormData(e){if(!(this instanceof FormData))return new FormData(e);for(var a in this._overheadLength=0,this._valueLength=0,this._valuesToMeasure=[],t.call(this),e=e||{})this[a]=e[a]}o.inherits(FormData,t),FormData.LINE_BREAK="\r\n",FormData.DEFAULT_CONTENT_TYPE="application/octet-stream",FormData.prototype.append=function(e,a,n){"string"==typeof(n=n||{})&&(n={filename:n});var o=t.prototype.append.bind(this);if("number"!=typeof a&&null!=a||(a=String(a)),Array.isArray(a))this._error(new Error("Arrays are not supported."));else{var i=this._multiPartHeader(e,a,n),s=this._multiPartFooter();o(i),o(a),o(s),this._trackLength(i,a,n)}},FormData.prototype._trackLength=function(e,a,n){var t=0;null!=n.knownLength?t+=Number(n.knownLength):Buffer.isBuffer(a)?t=a.length:"string"==typeof a&&(t=Buffer.byteLength(a)),this._valueLength+=t,this._overheadLength+=Buffer.byteLength(e)+FormData.LINE_BREAK.length,a&&(a.path||a.readable&&x(a,"httpVersion")||a instanceof l)&&(n.knownLength||this._valuesToMeasure.push(a))},FormData.prototype._lengthRetriever=function(e,a){x(e,"fd")?null!=e.end&&e.end!=1/0&&null!=e.start?a(null,e.end+1-(e.start?e.start:0)):p.stat(e.path,function(n,t){if(n)a(n);else{var o=t.size-(e.start?e.start:0);a(null,o)}}):x(e,"httpVersion")?a(null,Number(e.headers["content-length"])):x(e,"httpModule")?(e.on("response",function(n){e.pause(),a(null,Number(n.headers["content-length"]))}),e.resume()):a("Unknown stream")},FormData.prototype._multiPartHeader=function(e,a,n){if("string"==typeof n.header)return n.header;var t,o=this._getContentDisposition(a,n),i=this._getContentType(a,n),s="",r={"Content-Disposition":["form-data",'name="'+escapeHeaderParam(e)+'"'].concat(o||[]),"Content-Type":[].concat(i||[])};for(var c in"object"==typeof n.header&&h(r,n.header),r)if(x(r,c)){if(null==(t=r[c]))continue;Array.isArray(t)||(t=[t]),t.length&&(s+=c+": "+t.join("; ")+FormData.LINE_BREAK)}return"--"+this.getBoundary()+FormData.LINE_BREAK+s+FormData.LINE_BREAK},FormData.prototype._getContentDisposition=function(e,a){var n;if("string"==typeof a.filepath?n=i.normalize(a.filepath).replace(/\\/g,"/"):a.filename||e&&(e.name||e.path)?n=i.basename(a.filename||e&&(e.name||e.path)):e&&e.readable&&x(e,"httpVersion")&&(n=i.basename(e.client._httpMessage.path||"")),n)return'filename="'+escapeHeaderParam(n)+'"'},FormData.prototype._getContentType=function(e,a){var n=a.contentType;return!n&&e&&e.name&&(n=d.lookup(e.name)),!n&&e&&e.path&&(n=d.lookup(e.path)),!n&&e&&e.readable&&x(e,"httpVersion")&&(n=e.headers["content-type"]),n||!a.filepath&&!a.filename||(n=d.lookup(a.filepath||a.filename)),!n&&e&&"object"==typeof e&&(n=FormData.DEFAULT_CONTENT_TYPE),n},FormData.prototype._multiPartFooter=function(){return function(e){var a=FormData.LINE_BREAK;0===this._streams.length&&(a+=this._lastBoundary()),e(a)}.bind(this)},FormData.prototype._lastBoundary=function(){return"--"+this.getBoundary()+"--"+FormData.LINE_BREAK},FormData.prototype.getHeaders=function(e){var a,n={"content-type":"multipart/form-data; boundary="+this.getBoundary()};for(a in e)x(e,a)&&(n[a.toLowerCase()]=e[a]);return n},FormData.prototype.setBoundary=function(e){if("string"!=typeof e)throw new TypeError("FormData boundary must be a string");this._boundary=e},FormData.prototype.getBoundary=function(){return this._boundary||this._generateBoundary(),this._boundary},FormData.prototype.getBuffer=function(){for(var e=new Buffer.alloc(0),a=this.getBoundary(),n=0,t=this._streams.length;n<t;n++)"function"!=typeof this._streams[n]&&(e=Buffer.isBuffer(this._streams[n])?Buffer.concat([e,this._streams[n]]):Buffer.concat([e,Buffer.from(this._streams[n])]),"string"==typeof this._streams[n]&&this._streams[n].substring(2,a.length+2)===a||(e=Buffer.concat([e,Buffer.from(FormData.LINE_BREAK)])));return Buffer.concat([e,Buffer.from(this._lastBoundary())])},FormData.prototype._generateBoundary=function(){this._boundary="--------------------------"+u.randomBytes(12).toString("hex")},FormData.prototype.getLengthSync=function(){var e=this._overheadLength+this._valueLength;return this._streams.length&&(e+=this._lastBoundary().length),this.hasKnownLength()||this._error(new Error("Cannot calculate proper length in synchronous way.")),e},FormData.prototype.hasKnownLength=function(){var e=!0;return this._valuesToMeasure.length&&(e=!1),e},FormData.prototype.getLength=function(e){var a=this._overheadLength+this._valueLength;this._streams.length&&(a+=this._lastBoundary().length),this._valuesToMeasure.length?m.parallel(this._valuesToMeasure,this._lengthRetriever,function(n,t){n?e(n):(t.forEach(function(e){a+=e}),e(null,a))}):process.nextTick(e.bind(this,null,a))},FormData.prototype.submit=function(e,a){var n,t,o={method:"post"};return"string"==typeof e?(e=c(e),t=h({port:e.port,path:e.pathname,host:e.hostname,protocol:e.protocol},o)):(t=h(e,o)).port||(t.port="https:"===t.protocol?443:80),t.headers=this.getHeaders(e.headers),n="https:"===t.protocol?r.request(t):s.request(t),this.getLength(function(e,t){if(e&&"Unknown stream"!==e)this._error(e);else if(t&&n.setHeader("Content-Length",t),this.pipe(n),a){var o,callback=function(e,t){return n.removeListener("error",callback),n.removeListener("response",o),a.call(this,e,t)};o=callback.bind(this,null),n.on("error",callback),n.on("response",o)}}.bind(this)),n},FormData.prototype._error=function(e){this.error||(this.error=e,this.pause(),this.emit("error",e))},FormData.prototype.toString=function(){return"[object FormData]"},f(FormData.prototype,"FormData"),e.exports=FormData},11835:e=>{e.exports=function(e,a){return Object.keys(a).forEach(function(n){e[n]=e[n]||a[n]}),e}},99808:e=>{var a=Object.prototype.toString,n=Math.max,concatty=function(e,a){for(var n=[],t=0;t<e.length;t+=1)n[t]=e[t];for(var o=0;o<a.length;o+=1)n[o+e.length]=a[o];return n};e.exports=function(e){var t=this;if("function"!=typeof t||"[object Function]"!==a.apply(t))throw new TypeError("Function.prototype.bind called on incompatible "+t);for(var o,i=function(e,a){for(var n=[],t=a||0,o=0;t<e.length;t+=1,o+=1)n[o]=e[t];return n}(arguments,1),s=n(0,t.length-i.length),r=[],c=0;c<s;c++)r[c]="$"+c;if(o=Function("binder","return function ("+function(e,a){for(var n="",t=0;t<e.length;t+=1)n+=e[t],t+1<e.length&&(n+=a);return n}(r,",")+"){ return binder.apply(this,arguments); }")(function(){if(this instanceof o){var a=t.apply(this,concatty(i,arguments));return Object(a)===a?a:this}return t.apply(e,concatty(i,arguments))}),t.prototype){var Empty=function(){};Empty.prototype=t.prototype,o.prototype=new Empty,Empty.prototype=null}return o}},37564:(e,a,n)=>{var t=n(99808);e.exports=Function.prototype.bind||t},47228:e=>{const a=function*(){}.constructor;e.exports=()=>a},60470:(e,a,n)=>{var t,o=n(95399),i=n(31620),s=n(33056),r=n(14585),c=n(46905),p=n(80105),l=n(73314),u=n(32578),d=n(55641),m=n(96171),f=n(57147),x=n(41017),h=n(56947),v=n(42621),b=n(30156),g=n(33170),y=n(79094),throwTypeError=function(){throw new l},w=g?function(){try{return throwTypeError}catch(e){try{return g(arguments,"callee").get}catch(e){return throwTypeError}}}():throwTypeError,E=n(23336)(),_=n(81967),R=n(91311),S=n(48681),k=n(33945),A=n(88093),O={},j="undefined"!=typeof Uint8Array&&_?_(Uint8Array):t,T={__proto__:null,"%AggregateError%":"undefined"==typeof AggregateError?t:AggregateError,"%Array%":Array,"%ArrayBuffer%":"undefined"==typeof ArrayBuffer?t:ArrayBuffer,"%ArrayIteratorPrototype%":E&&_?_([][Symbol.iterator]()):t,"%AsyncFromSyncIteratorPrototype%":t,"%AsyncFunction%":O,"%AsyncGenerator%":O,"%AsyncGeneratorFunction%":O,"%AsyncIteratorPrototype%":O,"%Atomics%":"undefined"==typeof Atomics?t:Atomics,"%BigInt%":"undefined"==typeof BigInt?t:BigInt,"%BigInt64Array%":"undefined"==typeof BigInt64Array?t:BigInt64Array,"%BigUint64Array%":"undefined"==typeof BigUint64Array?t:BigUint64Array,"%Boolean%":Boolean,"%DataView%":"undefined"==typeof DataView?t:DataView,"%Date%":Date,"%decodeURI%":decodeURI,"%decodeURIComponent%":decodeURIComponent,"%encodeURI%":encodeURI,"%encodeURIComponent%":encodeURIComponent,"%Error%":i,"%eval%":eval,"%EvalError%":s,"%Float16Array%":"undefined"==typeof Float16Array?t:Float16Array,"%Float32Array%":"undefined"==typeof Float32Array?t:Float32Array,"%Float64Array%":"undefined"==typeof Float64Array?t:Float64Array,"%FinalizationRegistry%":"undefined"==typeof FinalizationRegistry?t:FinalizationRegistry,"%Function%":Function,"%GeneratorFunction%":O,"%Int8Array%":"undefined"==typeof Int8Array?t:Int8Array,"%Int16Array%":"undefined"==typeof Int16Array?t:Int16Array,"%Int32Array%":"undefined"==typeof Int32Array?t:Int32Array,"%isFinite%":isFinite,"%isNaN%":isNaN,"%IteratorPrototype%":E&&_?_(_([][Symbol.iterator]())):t,"%JSON%":"object"==typeof JSON?JSON:t,"%Map%":"undefined"==typeof Map?t:Map,"%MapIteratorPrototype%":"undefined"!=typeof Map&&E&&_?_((new Map)[Symbol.iterator]()):t,"%Math%":Math,"%Number%":Number,"%Object%":o,"%Object.getOwnPropertyDescriptor%":g,"%parseFloat%":parseFloat,"%parseInt%":parseInt,"%Promise%":"undefined"==typeof Promise?t:Promise,"%Proxy%":"undefined"==typeof Proxy?t:Proxy,"%RangeError%":r,"%ReferenceError%":c,"%Reflect%":"undefined"==typeof Reflect?t:Reflect,"%RegExp%":RegExp,"%Set%":"undefined"==typeof Set?t:Set,"%SetIteratorPrototype%":"undefined"!=typeof Set&&E&&_?_((new Set)[Symbol.iterator]()):t,"%SharedArrayBuffer%":"undefined"==typeof SharedArrayBuffer?t:SharedArrayBuffer,"%String%":String,"%StringIteratorPrototype%":E&&_?_(""[Symbol.iterator]()):t,"%Symbol%":E?Symbol:t,"%SyntaxError%":p,"%ThrowTypeError%":w,"%TypedArray%":j,"%TypeError%":l,"%Uint8Array%":"undefined"==typeof Uint8Array?t:Uint8Array,"%Uint8ClampedArray%":"undefined"==typeof Uint8ClampedArray?t:Uint8ClampedArray,"%Uint16Array%":"undefined"==typeof Uint16Array?t:Uint16Array,"%Uint32Array%":"undefined"==typeof Uint32Array?t:Uint32Array,"%URIError%":u,"%WeakMap%":"undefined"==typeof WeakMap?t:WeakMap,"%WeakRef%":"undefined"==typeof WeakRef?t:WeakRef,"%WeakSet%":"undefined"==typeof WeakSet?t:WeakSet,"%Function.prototype.call%":A,"%Function.prototype.apply%":k,"%Object.defineProperty%":y,"%Object.getPrototypeOf%":R,"%Math.abs%":d,"%Math.floor%":m,"%Math.max%":f,"%Math.min%":x,"%Math.pow%":h,"%Math.round%":v,"%Math.sign%":b,"%Reflect.getPrototypeOf%":S};if(_)try{null.error}catch(e){var P=_(_(e));T["%Error.prototype%"]=P}var C=n(51491),N=n(47228),U=n(36),D=function doEval(e){var a;if("%AsyncFunction%"===e)a=C()||void 0;else if("%GeneratorFunction%"===e)a=N()||void 0;else if("%AsyncGeneratorFunction%"===e)a=U()||void 0;else if("%AsyncGenerator%"===e){var n=doEval("%AsyncGeneratorFunction%");n&&(a=n.prototype)}else if("%AsyncIteratorPrototype%"===e){var t=doEval("%AsyncGenerator%");t&&_&&(a=_(t.prototype))}return T[e]=a,a},L={__proto__:null,"%ArrayBufferPrototype%":["ArrayBuffer","prototype"],"%ArrayPrototype%":["Array","prototype"],"%ArrayProto_entries%":["Array","prototype","entries"],"%ArrayProto_forEach%":["Array","prototype","forEach"],"%ArrayProto_keys%":["Array","prototype","keys"],"%ArrayProto_values%":["Array","prototype","values"],"%AsyncFunctionPrototype%":["AsyncFunction","prototype"],"%AsyncGenerator%":["AsyncGeneratorFunction","prototype"],"%AsyncGeneratorPrototype%":["AsyncGeneratorFunction","prototype","prototype"],"%BooleanPrototype%":["Boolean","prototype"],"%DataViewPrototype%":["DataView","prototype"],"%DatePrototype%":["Date","prototype"],"%ErrorPrototype%":["Error","prototype"],"%EvalErrorPrototype%":["EvalError","prototype"],"%Float32ArrayPrototype%":["Float32Array","prototype"],"%Float64ArrayPrototype%":["Float64Array","prototype"],"%FunctionPrototype%":["Function","prototype"],"%Generator%":["GeneratorFunction","prototype"],"%GeneratorPrototype%":["GeneratorFunction","prototype","prototype"],"%Int8ArrayPrototype%":["Int8Array","prototype"],"%Int16ArrayPrototype%":["Int16Array","prototype"],"%Int32ArrayPrototype%":["Int32Array","prototype"],"%JSONParse%":["JSON","parse"],"%JSONStringify%":["JSON","stringify"],"%MapPrototype%":["Map","prototype"],"%NumberPrototype%":["Number","prototype"],"%ObjectPrototype%":["Object","prototype"],"%ObjProto_toString%":["Object","prototype","toString"],"%ObjProto_valueOf%":["Object","prototype","valueOf"],"%PromisePrototype%":["Promise","prototype"],"%PromiseProto_then%":["Promise","prototype","then"],"%Promise_all%":["Promise","all"],"%Promise_reject%":["Promise","reject"],"%Promise_resolve%":["Promise","resolve"],"%RangeErrorPrototype%":["RangeError","prototype"],"%ReferenceErrorPrototype%":["ReferenceError","prototype"],"%RegExpPrototype%":["RegExp","prototype"],"%SetPrototype%":["Set","prototype"],"%SharedArrayBufferPrototype%":["SharedArrayBuffer","prototype"],"%StringPrototype%":["String","prototype"],"%SymbolPrototype%":["Symbol","prototype"],"%SyntaxErrorPrototype%":["SyntaxError","prototype"],"%TypedArrayPrototype%":["TypedArray","prototype"],"%TypeErrorPrototype%":["TypeError","prototype"],"%Uint8ArrayPrototype%":["Uint8Array","prototype"],"%Uint8ClampedArrayPrototype%":["Uint8ClampedArray","prototype"],"%Uint16ArrayPrototype%":["Uint16Array","prototype"],"%Uint32ArrayPrototype%":["Uint32Array","prototype"],"%URIErrorPrototype%":["URIError","prototype"],"%WeakMapPrototype%":["WeakMap","prototype"],"%WeakSetPrototype%":["WeakSet","prototype"]},F=n(37564),z=n(54076),B=F.call(A,Array.prototype.concat),I=F.call(k,Array.prototype.splice),q=F.call(A,String.prototype.replace),M=F.call(A,String.prototype.slice),H=F.call(A,RegExp.prototype.exec),$=/[^%.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|%$))/g,V=/\\(\\)?/g,getBaseIntrinsic=function(e,a){var n,t=e;if(z(L,t)&&(t="%"+(n=L[t])[0]+"%"),z(T,t)){var o=T[t];if(o===O&&(o=D(t)),void 0===o&&!a)throw new l("intrinsic "+e+" exists, but is not available. Please file an issue!");return{alias:n,name:t,value:o}}throw new p("intrinsic "+e+" does not exist!")};e.exports=function(e,a){if("string"!=typeof e||0===e.length)throw new l("intrinsic name must be a non-empty string");if(arguments.length>1&&"boolean"!=typeof a)throw new l('"allowMissing" argument must be a boolean');if(null===H(/^%?[^%]*%?$/,e))throw new p("`%` may not be present anywhere but at the beginning and end of the intrinsic name");var n=function(e){var a=M(e,0,1),n=M(e,-1);if("%"===a&&"%"!==n)throw new p("invalid intrinsic syntax, expected closing `%`");if("%"===n&&"%"!==a)throw new p("invalid intrinsic syntax, expected opening `%`");var t=[];return q(e,$,function(e,a,n,o){t[t.length]=n?q(o,V,"$1"):a||e}),t}(e),t=n.length>0?n[0]:"",o=getBaseIntrinsic("%"+t+"%",a),i=o.name,s=o.value,r=!1,c=o.alias;c&&(t=c[0],I(n,B([0,1],c)));for(var u=1,d=!0;u<n.length;u+=1){var m=n[u],f=M(m,0,1),x=M(m,-1);if(('"'===f||"'"===f||"`"===f||'"'===x||"'"===x||"`"===x)&&f!==x)throw new p("property names with quotes must have matching quotes");if("constructor"!==m&&d||(r=!0),z(T,i="%"+(t+="."+m)+"%"))s=T[i];else if(null!=s){if(!(m in s)){if(!a)throw new l("base intrinsic for "+e+" exists, but the property is not available.");return}if(g&&u+1>=n.length){var h=g(s,m);s=(d=!!h)&&"get"in h&&!("originalValue"in h.get)?h.get:s[m]}else d=z(s,m),s=s[m];d&&!r&&(T[i]=s)}}return s}},91311:(e,a,n)=>{var t=n(95399);e.exports=t.getPrototypeOf||null},48681:e=>{e.exports="undefined"!=typeof Reflect&&Reflect.getPrototypeOf||null},81967:(e,a,n)=>{var t=n(48681),o=n(91311),i=n(26669);e.exports=t?function(e){return t(e)}:o?function(e){if(!e||"object"!=typeof e&&"function"!=typeof e)throw new TypeError("getProto: not an object");return o(e)}:i?function(e){return i(e)}:null},1174:e=>{e.exports=Object.getOwnPropertyDescriptor},33170:(e,a,n)=>{var t=n(1174);if(t)try{t([],"length")}catch(e){t=null}e.exports=t},23336:(e,a,n)=>{var t="undefined"!=typeof Symbol&&Symbol,o=n(61114);e.exports=function(){return"function"==typeof t&&("function"==typeof Symbol&&("symbol"==typeof t("foo")&&("symbol"==typeof Symbol("bar")&&o())))}},61114:e=>{e.exports=function(){if("function"!=typeof Symbol||"function"!=typeof Object.getOwnPropertySymbols)return!1;if("symbol"==typeof Symbol.iterator)return!0;var e={},a=Symbol("test"),n=Object(a);if("string"==typeof a)return!1;if("[object Symbol]"!==Object.prototype.toString.call(a))return!1;if("[object Symbol]"!==Object.prototype.toString.call(n))return!1;for(var t in e[a]=42,e)return!1;if("function"==typeof Object.keys&&0!==Object.keys(e).length)return!1;if("function"==typeof Object.getOwnPropertyNames&&0!==Object.getOwnPropertyNames(e).length)return!1;var o=Object.getOwnPropertySymbols(e);if(1!==o.length||o[0]!==a)return!1;if(!Object.prototype.propertyIsEnumerable.call(e,a))return!1;if("function"==typeof Object.getOwnPropertyDescriptor){var i=Object.getOwnPropertyDescriptor(e,a);if(42!==i.value||!0!==i.enumerable)return!1}return!0}},85479:(e,a,n)=>{var t=n(61114);e.exports=function(){return t()&&!!Symbol.toStringTag}},54076:(e,a,n)=>{var t=Function.prototype.call,o=Object.prototype.hasOwnProperty,i=n(37564);e.exports=i.call(t,o)},96904:function(e,a,n){var t=this&&this.__awaiter||function(e,a,n,t){return new(n||(n=Promise))(function(o,i){function fulfilled(e){try{step(t.next(e))}catch(e){i(e)}}function rejected(e){try{step(t.throw(e))}catch(e){i(e)}}function step(e){var a;e.done?o(e.value):(a=e.value,a instanceof n?a:new n(function(e){e(a)})).then(fulfilled,rejected)}step((t=t.apply(e,a||[])).next())})},o=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(a,"__esModule",{value:!0});const i=o(n(69278)),s=o(n(64756)),r=o(n(87016)),c=o(n(42613)),p=o(n(2830)),l=n(8207),u=o(n(37943)),d=p.default("https-proxy-agent:agent");class HttpsProxyAgent extends l.Agent{constructor(e){let a;if(a="string"==typeof e?r.default.parse(e):e,!a)throw new Error("an HTTP(S) proxy server `host` and `port` must be specified!");d("creating new HttpsProxyAgent instance: %o",a),super(a);const n=Object.assign({},a);var t;this.secureProxy=a.secureProxy||"string"==typeof(t=n.protocol)&&/^https:?$/i.test(t),n.host=n.hostname||n.host,"string"==typeof n.port&&(n.port=parseInt(n.port,10)),!n.port&&n.host&&(n.port=this.secureProxy?443:80),this.secureProxy&&!("ALPNProtocols"in n)&&(n.ALPNProtocols=["http 1.1"]),n.host&&n.path&&(delete n.path,delete n.pathname),this.proxy=n}callback(e,a){return t(this,void 0,void 0,function*(){const{proxy:n,secureProxy:t}=this;let o;t?(d("Creating `tls.Socket`: %o",n),o=s.default.connect(n)):(d("Creating `net.Socket`: %o",n),o=i.default.connect(n));const r=Object.assign({},n.headers);let p=`CONNECT ${`${a.host}:${a.port}`} HTTP/1.1\r\n`;n.auth&&(r["Proxy-Authorization"]=`Basic ${Buffer.from(n.auth).toString("base64")}`);let{host:l,port:m,secureEndpoint:f}=a;(function(e,a){return Boolean(!a&&80===e||a&&443===e)})(m,f)||(l+=`:${m}`),r.Host=l,r.Connection="close";for(const e of Object.keys(r))p+=`${e}: ${r[e]}\r\n`;const x=u.default(o);o.write(`${p}\r\n`);const{statusCode:h,buffered:v}=yield x;if(200===h){if(e.once("socket",resume),a.secureEndpoint){d("Upgrading socket connection to TLS");const e=a.servername||a.host;return s.default.connect(Object.assign(Object.assign({},function(e,...a){const n={};let t;for(t in e)a.includes(t)||(n[t]=e[t]);return n}(a,"host","hostname","path","port")),{socket:o,servername:e}))}return o}o.destroy();const b=new i.default.Socket({writable:!1});return b.readable=!0,e.once("socket",e=>{d("replaying proxy buffer for failed request"),c.default(e.listenerCount("data")>0),e.push(v),e.push(null)}),b})}}function resume(e){e.resume()}a.default=HttpsProxyAgent},3669:function(e,a,n){const t=(this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}})(n(96904));function createHttpsProxyAgent(e){return new t.default(e)}!function(e){e.HttpsProxyAgent=t.default,e.prototype=t.default.prototype}(createHttpsProxyAgent||(createHttpsProxyAgent={})),e.exports=createHttpsProxyAgent},37943:function(e,a,n){var t=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(a,"__esModule",{value:!0});const o=t(n(2830)).default("https-proxy-agent:parse-proxy-response");a.default=function(e){return new Promise((a,n)=>{let t=0;const i=[];function read(){const n=e.read();n?function(e){i.push(e),t+=e.length;const n=Buffer.concat(i,t);if(-1===n.indexOf("\r\n\r\n"))return o("have not received end of HTTP headers yet..."),void read();const s=n.toString("ascii",0,n.indexOf("\r\n")),r=+s.split(" ")[1];o("got proxy server response: %o",s),a({statusCode:r,buffered:n})}(n):e.once("readable",read)}function onclose(e){o("onclose had error %o",e)}function onend(){o("onend")}function onerror(a){e.removeListener("end",onend),e.removeListener("error",onerror),e.removeListener("close",onclose),e.removeListener("readable",read),o("onerror %o",a),n(a)}e.on("error",onerror),e.on("close",onclose),e.on("end",onend),read()})}},70178:e=>{const a=new Set(["ENOTFOUND","ENETUNREACH","UNABLE_TO_GET_ISSUER_CERT","UNABLE_TO_GET_CRL","UNABLE_TO_DECRYPT_CERT_SIGNATURE","UNABLE_TO_DECRYPT_CRL_SIGNATURE","UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY","CERT_SIGNATURE_FAILURE","CRL_SIGNATURE_FAILURE","CERT_NOT_YET_VALID","CERT_HAS_EXPIRED","CRL_NOT_YET_VALID","CRL_HAS_EXPIRED","ERROR_IN_CERT_NOT_BEFORE_FIELD","ERROR_IN_CERT_NOT_AFTER_FIELD","ERROR_IN_CRL_LAST_UPDATE_FIELD","ERROR_IN_CRL_NEXT_UPDATE_FIELD","OUT_OF_MEM","DEPTH_ZERO_SELF_SIGNED_CERT","SELF_SIGNED_CERT_IN_CHAIN","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_VERIFY_LEAF_SIGNATURE","CERT_CHAIN_TOO_LONG","CERT_REVOKED","INVALID_CA","PATH_LENGTH_EXCEEDED","INVALID_PURPOSE","CERT_UNTRUSTED","CERT_REJECTED","HOSTNAME_MISMATCH"]);e.exports=e=>!a.has(e&&e.code)},55641:e=>{e.exports=Math.abs},96171:e=>{e.exports=Math.floor},77044:e=>{e.exports=Number.isNaN||function(e){return e!=e}},57147:e=>{e.exports=Math.max},41017:e=>{e.exports=Math.min},56947:e=>{e.exports=Math.pow},42621:e=>{e.exports=Math.round},30156:(e,a,n)=>{var t=n(77044);e.exports=function(e){return t(e)||0===e?e:e<0?-1:1}},99829:(e,a,n)=>{
/*!
 * mime-db
 * Copyright(c) 2014 Jonathan Ong
 * Copyright(c) 2015-2022 Douglas Christopher Wilson
 * MIT Licensed
 */
e.exports=n(81813)},14096:(e,a,n)=>{
/*!
 * mime-types
 * Copyright(c) 2014 Jonathan Ong
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
var t,o,i,s=n(99829),r=n(16928).extname,c=/^\s*([^;\s]*)(?:;|\s|$)/,p=/^text\//i;function charset(e){if(!e||"string"!=typeof e)return!1;var a=c.exec(e),n=a&&s[a[1].toLowerCase()];return n&&n.charset?n.charset:!(!a||!p.test(a[1]))&&"UTF-8"}a.charset=charset,a.charsets={lookup:charset},a.contentType=function(e){if(!e||"string"!=typeof e)return!1;var n=-1===e.indexOf("/")?a.lookup(e):e;if(!n)return!1;if(-1===n.indexOf("charset")){var t=a.charset(n);t&&(n+="; charset="+t.toLowerCase())}return n},a.extension=function(e){if(!e||"string"!=typeof e)return!1;var n=c.exec(e),t=n&&a.extensions[n[1].toLowerCase()];if(!t||!t.length)return!1;return t[0]},a.extensions=Object.create(null),a.lookup=function(e){if(!e||"string"!=typeof e)return!1;var n=r("x."+e).toLowerCase().substr(1);if(!n)return!1;return a.types[n]||!1},a.types=Object.create(null),t=a.extensions,o=a.types,i=["nginx","apache",void 0,"iana"],Object.keys(s).forEach(function(e){var a=s[e],n=a.extensions;if(n&&n.length){t[e]=n;for(var r=0;r<n.length;r++){var c=n[r];if(o[c]){var p=i.indexOf(s[o[c]].source),l=i.indexOf(a.source);if("application/octet-stream"!==o[c]&&(p>l||p===l&&"application/"===o[c].substr(0,12)))continue}o[c]=e}}})},88405:(e,a,n)=>{n.d(a,{Ay:()=>c,Nv:()=>exponentialDelay,P9:()=>retryAfter,TX:()=>isNetworkError});var t=n(70178);const o="axios-retry";function isNetworkError(e){return!e.response&&(!!e.code&&(!["ERR_CANCELED","ECONNABORTED"].includes(e.code)&&t(e)))}const i=["get","head","options"],s=i.concat(["put","delete"]);function isRetryableError(e){return"ECONNABORTED"!==e.code&&(!e.response||429===e.response.status||e.response.status>=500&&e.response.status<=599)}function isIdempotentRequestError(e){return!!e.config?.method&&(isRetryableError(e)&&-1!==s.indexOf(e.config.method))}function isNetworkOrIdempotentRequestError(e){return isNetworkError(e)||isIdempotentRequestError(e)}function retryAfter(e=void 0){const a=e?.response?.headers["retry-after"];if(!a)return 0;let n=1e3*(Number(a)||0);return 0===n&&(n=(new Date(a).valueOf()||0)-Date.now()),Math.max(0,n)}function exponentialDelay(e=0,a=void 0,n=100){const t=2**e*n,o=Math.max(t,retryAfter(a));return o+.2*o*Math.random()}const r={retries:3,retryCondition:isNetworkOrIdempotentRequestError,retryDelay:function(e=0,a=void 0){return Math.max(0,retryAfter(a))},shouldResetTimeout:!1,onRetry:()=>{},onMaxRetryTimesExceeded:()=>{},validateResponse:null};function setCurrentState(e,a,n=!1){const t=function(e,a){return{...r,...a,...e[o]}}(e,a||{});return t.retryCount=t.retryCount||0,t.lastRequestTime&&!n||(t.lastRequestTime=Date.now()),e[o]=t,t}const axiosRetry=(e,a)=>{const n=e.interceptors.request.use(e=>(setCurrentState(e,a,!0),e[o]?.validateResponse&&(e.validateStatus=()=>!1),e)),t=e.interceptors.response.use(null,async n=>{const{config:t}=n;if(!t)return Promise.reject(n);const o=setCurrentState(t,a);return n.response&&o.validateResponse?.(n.response)?n.response:await async function(e,a){const{retries:n,retryCondition:t}=e,o=(e.retryCount||0)<n&&t(a);if("object"==typeof o)try{return!1!==await o}catch(e){return!1}return o}(o,n)?async function(e,a,n,t){a.retryCount+=1;const{retryDelay:o,shouldResetTimeout:i,onRetry:s}=a,r=o(a.retryCount,n);if(function(e,a){e.defaults.agent===a.agent&&delete a.agent,e.defaults.httpAgent===a.httpAgent&&delete a.httpAgent,e.defaults.httpsAgent===a.httpsAgent&&delete a.httpsAgent}(e,t),!i&&t.timeout&&a.lastRequestTime){const e=Date.now()-a.lastRequestTime,o=t.timeout-e-r;if(o<=0)return Promise.reject(n);t.timeout=o}return t.transformRequest=[e=>e],await s(a.retryCount,n,t),t.signal?.aborted?Promise.resolve(e(t)):new Promise(a=>{const abortListener=()=>{clearTimeout(n),a(e(t))},n=setTimeout(()=>{a(e(t)),t.signal?.removeEventListener&&t.signal.removeEventListener("abort",abortListener)},r);t.signal?.addEventListener&&t.signal.addEventListener("abort",abortListener,{once:!0})})}(e,o,n,t):(await async function(e,a){e.retryCount>=e.retries&&await e.onMaxRetryTimesExceeded(a,e.retryCount)}(o,n),Promise.reject(n))});return{requestInterceptorId:n,responseInterceptorId:t}};axiosRetry.isNetworkError=isNetworkError,axiosRetry.isSafeRequestError=function(e){return!!e.config?.method&&(isRetryableError(e)&&-1!==i.indexOf(e.config.method))},axiosRetry.isIdempotentRequestError=isIdempotentRequestError,axiosRetry.isNetworkOrIdempotentRequestError=isNetworkOrIdempotentRequestError,axiosRetry.exponentialDelay=exponentialDelay,axiosRetry.linearDelay=function(e=100){return(a=0,n=void 0)=>{const t=a*e;return Math.max(t,retryAfter(n))}},axiosRetry.isRetryableError=isRetryableError;const c=axiosRetry},41542:(e,a,n)=>{n.d(a,{A:()=>Ga});var t={};function bind(e,a){return function(){return e.apply(a,arguments)}}n.r(t),n.d(t,{hasBrowserEnv:()=>me,hasStandardBrowserEnv:()=>xe,hasStandardBrowserWebWorkerEnv:()=>he,navigator:()=>fe,origin:()=>ve});const{toString:o}=Object.prototype,{getPrototypeOf:i}=Object,{iterator:s,toStringTag:r}=Symbol,c=(({hasOwnProperty:e})=>(a,n)=>e.call(a,n))(Object.prototype),isUnsafeObjectKey=e=>"string"==typeof e&&("__proto__"===e||"constructor"===e||"prototype"===e),isPrototypeBoundary=(e,a,n)=>e===Object.prototype||!n&&null===a,hasOwnInPrototypeChain=(e,a)=>{let n=e;const t=[];for(;null!=n;){if(-1!==t.indexOf(n))return!1;t.push(n);const o=i(n);if(isPrototypeBoundary(n,o,n===e))return!1;if(c(n,a))return!0;n=o}return!1},p=(l=Object.create(null),e=>{const a=o.call(e);return l[a]||(l[a]=a.slice(8,-1).toLowerCase())});var l;const kindOfTest=e=>(e=e.toLowerCase(),a=>p(a)===e),typeOfTest=e=>a=>typeof a===e,{isArray:u}=Array,d=typeOfTest("undefined");function isBuffer(e){return null!==e&&!d(e)&&null!==e.constructor&&!d(e.constructor)&&x(e.constructor.isBuffer)&&e.constructor.isBuffer(e)}const m=kindOfTest("ArrayBuffer");const f=typeOfTest("string"),x=typeOfTest("function"),h=typeOfTest("number"),isObject=e=>null!==e&&"object"==typeof e,isPlainObject=e=>{if(!isObject(e))return!1;const a=i(e);return(null===a||a===Object.prototype||null===i(a))&&(isPrototypeBoundary(e,a,!0)||!c(e,r)&&!c(e,s))},v=kindOfTest("Date"),b=kindOfTest("File"),g=kindOfTest("Blob"),y=kindOfTest("FileList"),w=kindOfTest("Set");const E="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof self?self:"undefined"!=typeof window?window:"undefined"!=typeof global?global:{},_=void 0!==E.FormData?E.FormData:void 0,R=kindOfTest("URLSearchParams"),[S,k,A,O]=["ReadableStream","Request","Response","Headers"].map(kindOfTest);function forEach(e,a,{allOwnKeys:n=!1}={}){if(null==e)return;let t,o;if("object"!=typeof e&&(e=[e]),u(e))for(t=0,o=e.length;t<o;t++)a.call(null,e[t],t,e);else{if(isBuffer(e))return;const o=n?Object.getOwnPropertyNames(e):Object.keys(e),i=o.length;let s;for(t=0;t<i;t++)s=o[t],a.call(null,e[s],s,e)}}const j="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof self?self:"undefined"!=typeof window?window:global,isContextDefined=e=>!d(e)&&e!==j;const T=(P="undefined"!=typeof Uint8Array&&i(Uint8Array),e=>P&&e instanceof P);var P;const C=kindOfTest("HTMLFormElement"),{propertyIsEnumerable:N}=Object.prototype,U=kindOfTest("RegExp"),reduceDescriptors=(e,a)=>{const n=Object.getOwnPropertyDescriptors(e),t={};forEach(n,(n,o)=>{let i;!1!==(i=a(n,o,e))&&(t[o]=i||n)}),Object.defineProperties(e,t)};const D=kindOfTest("AsyncFunction"),L=(F="function"==typeof setImmediate,z=x(j.postMessage),F?setImmediate:z?(B=`axios@${Math.random()}`,I=[],j.addEventListener("message",({source:e,data:a})=>{e===j&&a===B&&I.length&&I.shift()()},!1),e=>{I.push(e),j.postMessage(B,"*")}):e=>setTimeout(e));var F,z,B,I;const q="undefined"!=typeof queueMicrotask?queueMicrotask.bind(j):"undefined"!=typeof process&&process.nextTick||L,isIterable=e=>null!=e&&x(e[s]),M={isArray:u,isArrayBuffer:m,isBuffer:isBuffer,isFormData:e=>{if(!e)return!1;if(_&&e instanceof _)return!0;const a=i(e);if(!a||a===Object.prototype)return!1;if(!x(e.append))return!1;const n=p(e);return"formdata"===n||"object"===n&&x(e.toString)&&"[object FormData]"===e.toString()},isArrayBufferView:function(e){let a;return a="undefined"!=typeof ArrayBuffer&&ArrayBuffer.isView?ArrayBuffer.isView(e):e&&e.buffer&&m(e.buffer),a},isString:f,isNumber:h,isBoolean:e=>!0===e||!1===e,isObject:isObject,isPlainObject:isPlainObject,isEmptyObject:e=>{if(!isObject(e)||isBuffer(e))return!1;try{return 0===Object.keys(e).length&&Object.getPrototypeOf(e)===Object.prototype}catch(e){return!1}},isReadableStream:S,isRequest:k,isResponse:A,isHeaders:O,isUndefined:d,isDate:v,isFile:b,isReactNativeBlob:e=>!(!e||void 0===e.uri),isReactNative:e=>e&&void 0!==e.getParts,isBlob:g,isRegExp:U,isFunction:x,isStream:e=>isObject(e)&&x(e.pipe),isURLSearchParams:R,isTypedArray:T,isFileList:y,forEach:forEach,merge:function merge(...e){const{caseless:a,skipUndefined:n}=isContextDefined(this)&&this||{},t={},o=a?Object.create(null):null,assignValue=(e,a)=>{if("__proto__"===a||"constructor"===a||"prototype"===a)return;let i=a;if(o&&"string"==typeof a){const e=a.toLowerCase(),n=o[e];void 0!==n&&c(t,n)?i=n:o[e]=a}const s=c(t,i)?t[i]:void 0;isPlainObject(s)&&isPlainObject(e)?t[i]=merge(s,e):isPlainObject(e)?t[i]=merge({},e):u(e)?t[i]=e.slice():n&&d(e)||(t[i]=e)};for(let a=0,n=e.length;a<n;a++){const n=e[a];if(!n||isBuffer(n))continue;if(forEach(n,assignValue),"object"!=typeof n||u(n)||!Object.getOwnPropertySymbols)continue;const t=Object.getOwnPropertySymbols(n);for(let e=0;e<t.length;e++){const a=t[e];N.call(n,a)&&assignValue(n[a],a)}}return t},extend:(e,a,n,{allOwnKeys:t}={})=>(forEach(a,(a,t)=>{n&&x(a)?Object.defineProperty(e,t,{__proto__:null,value:bind(a,n),writable:!0,enumerable:!0,configurable:!0}):Object.defineProperty(e,t,{__proto__:null,value:a,writable:!0,enumerable:!0,configurable:!0})},{allOwnKeys:t}),e),trim:e=>e.trim?e.trim():e.replace(/^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g,""),stripBOM:e=>(65279===e.charCodeAt(0)&&(e=e.slice(1)),e),inherits:(e,a,n,t)=>{e.prototype=Object.create(a.prototype,t),Object.defineProperty(e.prototype,"constructor",{__proto__:null,value:e,writable:!0,enumerable:!1,configurable:!0}),Object.defineProperty(e,"super",{__proto__:null,value:a.prototype}),n&&Object.assign(e.prototype,n)},toFlatObject:(e,a,n,t)=>{let o,s,r;const c={};if(a=a||{},null==e)return a;do{for(o=Object.getOwnPropertyNames(e),s=o.length;s-- >0;)r=o[s],t&&!t(r,e,a)||c[r]||(a[r]=e[r],c[r]=!0);e=!1!==n&&i(e)}while(e&&(!n||n(e,a))&&e!==Object.prototype);return a},kindOf:p,kindOfTest:kindOfTest,endsWith:(e,a,n)=>{e=String(e),(void 0===n||n>e.length)&&(n=e.length),n-=a.length;const t=e.indexOf(a,n);return-1!==t&&t===n},toArray:e=>{if(!e)return null;if(u(e))return e;let a=e.length;if(!Number.isSafeInteger(a)||a<0||a>4294967295)return null;const n=new Set,t=new Set;let o=e;for(;null!=o&&n.size<a;){if(t.has(o))return null;t.add(o);const s=i(o);if(isPrototypeBoundary(o,s,o===e))break;Object.getOwnPropertyNames(o).forEach(e=>{const t=+e;Number.isInteger(t)&&t>=0&&t<a&&String(t)===e&&c(o,e)&&n.add(t)}),o=s}if(n.size!==a)return null;const s=new Array(a);for(;a-- >0;)s[a]=e[a];return s},forEachEntry:(e,a)=>{const n=(e&&e[s]).call(e);let t;for(;(t=n.next())&&!t.done;){const n=t.value;a.call(e,n[0],n[1])}},matchAll:(e,a)=>{let n;const t=[];for(;null!==(n=e.exec(a));)t.push(n);return t},isHTMLForm:C,hasOwnProperty:c,hasOwnProp:c,hasOwnInPrototypeChain:hasOwnInPrototypeChain,getSafeProp:(e,a)=>null!=e&&hasOwnInPrototypeChain(e,a)?e[a]:void 0,toSafeFlatObject:e=>{if(null==e||"object"!=typeof e&&"function"!=typeof e)return e;const a=i(e);if(null===a&&(e=>{if(!Object.isExtensible(e))return!1;const a=Object.getOwnPropertyNames(e);return Object.getOwnPropertySymbols&&a.push(...Object.getOwnPropertySymbols(e)),a.every(a=>{if(isUnsafeObjectKey(a))return!1;const n=Object.getOwnPropertyDescriptor(e,a);return!!n&&n.configurable&&!0===n.writable})})(e))return e;const n=Object.create(null),t=Object.create(null),o=[];let s=e;for(;null!=s&&-1===o.indexOf(s);){o.push(s);const r=s===e?a:i(s);if(isPrototypeBoundary(s,r,s===e))break;const p=Object.getOwnPropertyNames(s);Object.getOwnPropertySymbols&&p.push(...Object.getOwnPropertySymbols(s));for(const a of p)isUnsafeObjectKey(a)||c(t,a)||(n[a]=e[a],t[a]=!0);s=r}return n},reduceDescriptors:reduceDescriptors,freezeMethods:e=>{reduceDescriptors(e,(a,n)=>{if(x(e)&&["arguments","caller","callee"].includes(n))return!1;const t=e[n];x(t)&&(a.enumerable=!1,"writable"in a?a.writable=!1:a.set||(a.set=()=>{throw Error("Can not rewrite read-only method '"+n+"'")}))})},toObjectSet:(e,a)=>{const n={},define=e=>{e.forEach(e=>{n[e]=!0})};return u(e)?define(e):define(String(e).split(a)),n},toCamelCase:e=>e.toLowerCase().replace(/[-_\s]([a-z\d])(\w*)/g,function(e,a,n){return a.toUpperCase()+n}),noop:()=>{},toFiniteNumber:(e,a)=>null!=e&&Number.isFinite(e=+e)?e:a,findKey:function(e,a){if(isBuffer(e))return null;a=a.toLowerCase();const n=Object.keys(e);let t,o=n.length;for(;o-- >0;)if(t=n[o],a===t.toLowerCase())return t;return null},global:j,isContextDefined:isContextDefined,isSpecCompliantForm:function(e){return!!(e&&x(e.append)&&"FormData"===e[r]&&e[s])},toJSONObject:e=>{const a=new WeakSet,visit=e=>{if(isObject(e)){if(a.has(e))return;if(isBuffer(e))return e;if(!("toJSON"in e)){let n;if(a.add(e),w(e)){n=[];for(const a of e){const e=visit(a);!d(e)&&n.push(e)}}else n=u(e)?[]:{},forEach(e,(e,a)=>{const t=visit(e);!d(t)&&(n[a]=t)});return a.delete(e),n}}return e};return visit(e)},isAsyncFn:D,isThenable:e=>e&&(isObject(e)||x(e))&&x(e.then)&&x(e.catch),setImmediate:L,asap:q,isIterable:isIterable,isSafeIterable:e=>null!=e&&hasOwnInPrototypeChain(e,s)&&isIterable(e)},H=M.toObjectSet(["age","authorization","content-length","content-type","etag","expires","from","host","if-modified-since","if-unmodified-since","last-modified","location","max-forwards","proxy-authorization","referer","retry-after","user-agent"]);const $=new RegExp("[\\u0000-\\u0008\\u000a-\\u001f\\u007f]+","g"),V=new RegExp("[^\\u0009\\u0020-\\u007e\\u0080-\\u00ff]+","g");function sanitizeValue(e,a){return M.isArray(e)?e.map(e=>sanitizeValue(e,a)):function(e){let a=0,n=e.length;for(;a<n;){const n=e.charCodeAt(a);if(9!==n&&32!==n)break;a+=1}for(;n>a;){const a=e.charCodeAt(n-1);if(9!==a&&32!==a)break;n-=1}return 0===a&&n===e.length?e:e.slice(a,n)}(String(e).replace(a,""))}function toByteStringHeaderObject(e){const a=Object.create(null);return M.forEach(e.toJSON(),(e,n)=>{a[n]=(e=>sanitizeValue(e,V))(e)}),a}const W=Symbol("internals");function normalizeHeader(e){return e&&String(e).trim().toLowerCase()}function normalizeValue(e){return!1===e||null==e?e:M.isArray(e)?e.map(normalizeValue):(e=>sanitizeValue(e,$))(String(e))}const G=/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;function trimOWS(e){let a=0,n=e.length;for(;a<n;){const n=e.charCodeAt(a);if(9!==n&&32!==n)break;a+=1}for(;n>a;){const a=e.charCodeAt(n-1);if(9!==a&&32!==a)break;n-=1}return 0===a&&n===e.length?e:e.slice(a,n)}const headerSlot=e=>"__proto__"===e?"__Proto__":e;function matchHeaderValue(e,a,n,t,o){return M.isFunction(t)?t.call(e,a,n):(o&&(a=n),M.isString(a)?M.isString(t)?-1!==a.indexOf(t):M.isRegExp(t)?t.test(a):void 0:void 0)}class AxiosHeaders{constructor(e){e&&this.set(e)}set(e,a,n){const t=this;function setHeader(e,a,n){const o=normalizeHeader(a);if(!o)return;const i=M.findKey(t,o);(!i||void 0===t[i]||!0===n||void 0===n&&!1!==t[i])&&(t[headerSlot(i||a)]=normalizeValue(e))}const setHeaders=(e,a)=>M.forEach(e,(e,n)=>setHeader(e,n,a));if(M.isPlainObject(e)||e instanceof this.constructor)setHeaders(e,a);else if(M.isString(e)&&(e=e.trim())&&!/^[-_a-zA-Z0-9^`|~,!#$%&'*+.]+$/.test(e.trim()))setHeaders((e=>{const a=Object.create(null);let n,t,o;return e&&e.split("\n").forEach(function(e){o=e.indexOf(":"),n=e.substring(0,o).trim().toLowerCase(),t=e.substring(o+1).trim();const i=M.hasOwnProp(a,n);!n||i&&M.hasOwnProp(H,n)||("set-cookie"===n?i?a[n].push(t):a[n]=[t]:a[n]=i?a[n]+", "+t:t)}),a})(e),a);else if(M.isObject(e)&&M.isSafeIterable(e)){let n,t,o=Object.create(null);for(const a of e){if(!M.isArray(a))throw new TypeError("Object iterator must return a key-value pair");t=a[0],M.hasOwnProp(o,t)?(n=o[t],o[t]=M.isArray(n)?[...n,a[1]]:[n,a[1]]):o[t]=a[1]}setHeaders(o,a)}else null!=e&&setHeader(a,e,n);return this}get(e,a){if(e=normalizeHeader(e)){const n=M.findKey(this,e);if(n){const e=this[n];if(!a)return e;if(!0===a)return function(e){const a=Object.create(null),n=/([^\s,;=]+)\s*(?:=\s*([^,;]+))?/g;let t;for(;t=n.exec(e);)a[t[1]]=t[2];return a}(e);if(M.isFunction(a))return a.call(this,e,n);if(M.isRegExp(a))return a.exec(e);throw new TypeError("parser must be boolean|regexp|function")}}}has(e,a){if(e=normalizeHeader(e)){const n=M.findKey(this,e);return!(!n||void 0===this[n]||a&&!matchHeaderValue(this,this[n],n,a))}return!1}delete(e,a){const n=this;let t=!1;function deleteHeader(e){if(e=normalizeHeader(e)){const o=M.findKey(n,e);!o||a&&!matchHeaderValue(n,n[o],o,a)||(delete n[o],t=!0)}}return M.isArray(e)?e.forEach(deleteHeader):deleteHeader(e),t}clear(e){const a=Object.keys(this);let n=a.length,t=!1;for(;n--;){const o=a[n];e&&!matchHeaderValue(this,this[o],o,e,!0)||(delete this[o],t=!0)}return t}normalize(e){const a=this,n=Object.create(null);return M.forEach(this,(t,o)=>{const i=M.findKey(n,o);if(i)return a[i]=normalizeValue(t),void delete a[o];const s=headerSlot(e?function(e){return e.trim().toLowerCase().replace(/([a-z\d])(\w*)/g,(e,a,n)=>a.toUpperCase()+n)}(o):String(o).trim());s!==o&&delete a[o],a[s]=normalizeValue(t),n[s]=!0}),this}concat(...e){return this.constructor.concat(this,...e)}toJSON(e){const a=Object.create(null);return M.forEach(this,(n,t)=>{null!=n&&!1!==n&&(a[t]=e&&M.isArray(n)?n.join(", "):n)}),a}[Symbol.iterator](){return Object.entries(this.toJSON())[Symbol.iterator]()}toString(){return Object.entries(this.toJSON()).map(([e,a])=>e+": "+a).join("\n")}getSetCookie(){const e=this.get("set-cookie");return M.isArray(e)?e:null==e||!1===e?[]:[e]}get[Symbol.toStringTag](){return"AxiosHeaders"}static from(e){return e instanceof this?e:new this(e)}static parseParameters(e){return function(e){const a=Object.create(null),n=String(e);let t=0,o=!1,i=!1;function parseParameter(e){const o=trimOWS(n.slice(t,e)),i=o.indexOf("=");if(i<1)return;const s=trimOWS(o.slice(0,i));if(!G.test(s))return;const r=s.toLowerCase();if("__proto__"===r||"constructor"===r||"prototype"===r)return;const c=trimOWS(o.slice(i+1));a[r]=function(e){const a=e.length-1;if(a<1||34!==e.charCodeAt(0)||34!==e.charCodeAt(a))return e;let n="";for(let t=1;t<a;t++){const o=e.charCodeAt(t);if(34===o)return e;if(92===o&&(t+=1,t>=a))return e;n+=e[t]}return n}(c)}for(let e=0;e<n.length;e++){const a=n.charCodeAt(e);o?i?i=!1:92===a?i=!0:34===a&&(o=!1):34===a?o=!0:44!==a&&59!==a||(parseParameter(e),t=e+1)}return parseParameter(n.length),a}(e)}static concat(e,...a){const n=new this(e);return a.forEach(e=>n.set(e)),n}static accessor(e){const a=(this[W]=this[W]={accessors:{}}).accessors,n=this.prototype;function defineAccessor(e){const t=normalizeHeader(e);a[t]||(!function(e,a){const n=M.toCamelCase(" "+a);["get","set","has"].forEach(t=>{Object.defineProperty(e,t+n,{__proto__:null,value:function(e,n,o){return this[t].call(this,a,e,n,o)},configurable:!0})})}(n,e),a[t]=!0)}return M.isArray(e)?e.forEach(defineAccessor):defineAccessor(e),this}}AxiosHeaders.accessor(["Content-Type","Content-Length","Accept","Accept-Encoding","User-Agent","Authorization"]),M.reduceDescriptors(AxiosHeaders.prototype,({value:e},a)=>{let n=a[0].toUpperCase()+a.slice(1);return{get:()=>e,set(e){this[n]=e}}}),M.freezeMethods(AxiosHeaders);const K=AxiosHeaders,J="[REDACTED ****]";function redactConfig(e,a){const n=new Set(a.map(e=>String(e).toLowerCase())),t=[],visit=e=>{if(null===e||"object"!=typeof e)return e;if(M.isBuffer(e))return e;if(-1!==t.indexOf(e))return;let a;if(e instanceof K&&(e=e.toJSON()),t.push(e),M.isArray(e))a=[],e.forEach((e,n)=>{const t=visit(e);M.isUndefined(t)||(a[n]=t)});else{if(!M.isPlainObject(e)&&function(e){if(M.hasOwnProp(e,"toJSON"))return!0;let a=Object.getPrototypeOf(e);for(;a&&a!==Object.prototype;){if(M.hasOwnProp(a,"toJSON"))return!0;a=Object.getPrototypeOf(a)}return!1}(e))return t.pop(),e;a=Object.create(null);for(const[t,o]of Object.entries(e)){const e=n.has(t.toLowerCase())?J:visit(o);M.isUndefined(e)||(a[t]=e)}}return t.pop(),a};return visit(e)}function stringifySafely(e){try{return String(e)}catch(e){return""}}const X=Symbol("causeStack");class AxiosError extends Error{static from(e,a,n,t,o,i){let s=e.message;!s&&M.isArray(e.errors)&&e.errors.length&&(s=function(e){return e.errors.map(e=>{try{return e&&e.message?stringifySafely(e.message):stringifySafely(e)}catch(e){return""}}).filter(Boolean).join("; ")||e.name||"AggregateError"}(e));const r=new AxiosError(s,a||e.code,n,t,o);return Object.defineProperty(r,"cause",{__proto__:null,value:e,writable:!0,enumerable:!1,configurable:!0}),r.name=e.name,function(e,a){try{const n=a&&a.stack;if("string"!=typeof n||!n)return;const t=e.stack;if("string"!=typeof t||!t)return;const o="\nCaused by: "+n;e.stack=t+o,Object.defineProperty(e,X,{__proto__:null,value:o})}catch(e){}}(r,e),null!=e.status&&null==r.status&&(r.status=e.status),i&&Object.assign(r,i),r}constructor(e,a,n,t,o){super(e),Object.defineProperty(this,"message",{__proto__:null,value:e,enumerable:!0,writable:!0,configurable:!0}),this.name="AxiosError",this.isAxiosError=!0,a&&(this.code=a),n&&(this.config=n),t&&(this.request=t),o&&(this.response=o,this.status=o.status)}toJSON(){const e=this.config,a=e&&M.hasOwnProp(e,"redact")?e.redact:void 0,n=M.isArray(a)&&a.length>0?redactConfig(e,a):M.toJSONObject(e);return{message:this.message,name:this.name,description:this.description,number:this.number,fileName:this.fileName,lineNumber:this.lineNumber,columnNumber:this.columnNumber,stack:this.stack,config:n,code:this.code,status:this.status}}}AxiosError.ERR_BAD_OPTION_VALUE="ERR_BAD_OPTION_VALUE",AxiosError.ERR_BAD_OPTION="ERR_BAD_OPTION",AxiosError.ECONNABORTED="ECONNABORTED",AxiosError.ETIMEDOUT="ETIMEDOUT",AxiosError.ECONNREFUSED="ECONNREFUSED",AxiosError.ERR_NETWORK="ERR_NETWORK",AxiosError.ERR_FR_TOO_MANY_REDIRECTS="ERR_FR_TOO_MANY_REDIRECTS",AxiosError.ERR_DEPRECATED="ERR_DEPRECATED",AxiosError.ERR_BAD_RESPONSE="ERR_BAD_RESPONSE",AxiosError.ERR_BAD_REQUEST="ERR_BAD_REQUEST",AxiosError.ERR_CANCELED="ERR_CANCELED",AxiosError.ERR_NOT_SUPPORT="ERR_NOT_SUPPORT",AxiosError.ERR_INVALID_URL="ERR_INVALID_URL",AxiosError.ERR_FORM_DATA_DEPTH_EXCEEDED="ERR_FORM_DATA_DEPTH_EXCEEDED";const Z=AxiosError;const Y=n(96454),Q={isBufferAvailable:()=>"undefined"!=typeof Buffer,from:e=>Buffer.from(e)};function isVisitable(e){return M.isPlainObject(e)||M.isArray(e)}function removeBrackets(e){return M.endsWith(e,"[]")?e.slice(0,-2):e}function renderKey(e,a,n){return e?e.concat(a).map(function(e,a){return e=removeBrackets(e),!n&&a?"["+e+"]":e}).join(n?".":""):a}const ee=M.toFlatObject(M,{},null,function(e){return/^is[A-Z]/.test(e)});const helpers_toFormData=function(e,a,n){if(!M.isObject(e))throw new TypeError("target must be an object");a=a||new(Y||FormData);const option=(e,a)=>{const t=M.getSafeProp(n,e);return M.isUndefined(t)?a:t},t=option("metaTokens",!0),o=option("visitor")||defaultVisitor,i=option("dots",!1),s=option("indexes",!1),r=option("Blob")||"undefined"!=typeof Blob&&Blob,c=option("maxDepth",100),p=r&&M.isSpecCompliantForm(a),l=[];if(!M.isFunction(o))throw new TypeError("visitor must be a function");function convertValue(e){if(null===e)return"";if(M.isDate(e))return e.toISOString();if(M.isBoolean(e))return e.toString();if(!p&&M.isBlob(e))throw new Z("Blob is not supported. Use a Buffer instead.");if(M.isArrayBuffer(e)||M.isTypedArray(e)){if(p&&"function"==typeof r)return new r([e]);if(Q&&Q.isBufferAvailable())return Q.from(e);throw new Z("Blob is not supported. Use a Buffer instead.",Z.ERR_NOT_SUPPORT)}return e}function throwIfMaxDepthExceeded(e){if(e>c)throw new Z("Object is too deeply nested ("+e+" levels). Max depth: "+c,Z.ERR_FORM_DATA_DEPTH_EXCEEDED)}function defaultVisitor(e,n,o){let r=e;if(M.isReactNative(a)&&M.isReactNativeBlob(e))return a.append(renderKey(o,n,i),convertValue(e)),!1;if(e&&!o&&"object"==typeof e)if(M.endsWith(n,"{}"))n=t?n:n.slice(0,-2),e=function(e,a){if(c===1/0)return JSON.stringify(e);const n=[];return JSON.stringify(e,function(e,t){if(!M.isObject(t))return t;for(;n.length&&n[n.length-1]!==this;)n.pop();return n.push(t),throwIfMaxDepthExceeded(a+n.length-1),t})}(e,1);else if(M.isArray(e)&&function(e){return M.isArray(e)&&!e.some(isVisitable)}(e)||(M.isFileList(e)||M.endsWith(n,"[]"))&&(r=M.toArray(e)))return n=removeBrackets(n),r.forEach(function(e,t){!M.isUndefined(e)&&null!==e&&a.append(!0===s?renderKey([n],t,i):null===s?n:n+"[]",convertValue(e))}),!1;return!!isVisitable(e)||(a.append(renderKey(o,n,i),convertValue(e)),!1)}const u=Object.assign(ee,{defaultVisitor:defaultVisitor,convertValue:convertValue,isVisitable:isVisitable});if(!M.isObject(e))throw new TypeError("data must be an object");return function build(e,n,t=0){if(!M.isUndefined(e)){if(throwIfMaxDepthExceeded(t),-1!==l.indexOf(e))throw new Error("Circular reference detected in "+n.join("."));l.push(e),M.forEach(e,function(e,i){!0===(!(M.isUndefined(e)||null===e)&&o.call(a,e,M.isString(i)?i.trim():i,n,u))&&build(e,n?n.concat(i):[i],t+1)}),l.pop()}}(e),a};function encode(e){const a={"!":"%21","'":"%27","(":"%28",")":"%29","~":"%7E","%20":"+"};return encodeURIComponent(e).replace(/[!'()~]|%20/g,function(e){return a[e]})}function AxiosURLSearchParams(e,a){this._pairs=[],e&&helpers_toFormData(e,this,a)}const ae=AxiosURLSearchParams.prototype;ae.append=function(e,a){this._pairs.push([e,a])},ae.toString=function(e){const a=e?a=>e.call(this,a,encode):encode;return this._pairs.map(function(e){return a(e[0])+"="+a(e[1])},"").join("&")};const ne=AxiosURLSearchParams;function buildURL_encode(e){return encodeURIComponent(e).replace(/%3A/gi,":").replace(/%24/g,"$").replace(/%2C/gi,",").replace(/%20/g,"+")}function buildURL(e,a,n){if(!a)return e;e=e||"";const t=M.isFunction(n)?{serialize:n}:n,o=M.getSafeProp(t,"encode")||buildURL_encode,i=M.getSafeProp(t,"serialize");let s;if(s=i?i(a,t):M.isURLSearchParams(a)?a.toString():new ne(a,t).toString(o),s){const a=e.indexOf("#");-1!==a&&(e=e.slice(0,a)),e+=(-1===e.indexOf("?")?"?":"&")+s}return e}const te=Symbol("internals");function countHandlers(e){return e?e.length:0}function trimHandlers(e){if(e)for(;e.length&&null===e[e.length-1];)e.pop()}function syncHandlerEntries(e,a){const n=e.handlers,t=countHandlers(n);n!==a.handlersRef?(a.handlersRef=n,a.handlerEntries.clear()):t!==a.handlersLength&&(t?a.handlerEntries.forEach(function(e,t){n[e.index]!==e.handler&&a.handlerEntries.delete(t)}):a.handlerEntries.clear()),a.handlersLength=t}const oe=class{constructor(){this.handlers=[],this[te]={handlersRef:this.handlers,handlersLength:this.handlers.length,handlerEntries:new Map,iterationDepth:0,nextId:0}}use(e,a,n){const t={fulfilled:e,rejected:a,synchronous:!!n&&n.synchronous,runWhen:n?n.runWhen:null},o=this[te];null==this.handlers&&(this.handlers=[]),syncHandlerEntries(this,o);const i=o.nextId++;return this.handlers.push(t),o.handlerEntries.set(i,{handler:t,index:this.handlers.length-1}),o.handlersLength=this.handlers.length,i}eject(e){const a=this[te];syncHandlerEntries(this,a);const n=function(e){return"string"==typeof e&&""!==e&&String(Number(e))===e?Number(e):e}(e),t=a.handlerEntries.get(n);if(t){if(a.handlerEntries.delete(n),this.handlers[t.index]!==t.handler)return;this.handlers[t.index]=null,a.iterationDepth||(trimHandlers(this.handlers),a.handlersLength=this.handlers.length)}}clear(){this.handlers&&(this.handlers=[],syncHandlerEntries(this,this[te]))}forEach(e){const a=this[te];syncHandlerEntries(this,a),a.iterationDepth++;try{M.forEach(this.handlers,function(a){null!==a&&e(a)})}finally{--a.iterationDepth||(syncHandlerEntries(this,a),trimHandlers(this.handlers),a.handlersLength=countHandlers(this.handlers))}}},ie={silentJSONParsing:!0,forcedJSONParsing:!0,clarifyTimeoutError:!1,legacyInterceptorReqResOrdering:!0,advertiseZstdAcceptEncoding:!1,validateStatusUndefinedResolves:!0,encodeBasicAuthUsername:!1};var se=n(76982),re=n(87016);const ce=re.URLSearchParams,pe="abcdefghijklmnopqrstuvwxyz",le="0123456789",ue={DIGIT:le,ALPHA:pe,ALPHA_DIGIT:pe+pe.toUpperCase()+le},de={isNode:!0,classes:{URLSearchParams:ce,FormData:Y,Blob:"undefined"!=typeof Blob&&Blob||null},ALPHABET:ue,generateString:(e=16,a=ue.ALPHA_DIGIT)=>{let n="";const{length:t}=a,o=new Uint32Array(e);se.randomFillSync(o);for(let i=0;i<e;i++)n+=a[o[i]%t];return n},protocols:["http","https","file","data"]},me="undefined"!=typeof window&&"undefined"!=typeof document,fe="object"==typeof navigator&&navigator||void 0,xe=me&&(!fe||["ReactNative","NativeScript","NS"].indexOf(fe.product)<0),he="undefined"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope&&"function"==typeof self.importScripts,ve=me&&window.location.href||"http://localhost",be={...t,...de};function throwIfDepthExceeded(e){if(e>100)throw new Z("FormData field is too deeply nested ("+e+" levels). Max depth: 100",Z.ERR_FORM_DATA_DEPTH_EXCEEDED)}function arrayToObject(e){const a={},n=Object.keys(e);let t;const o=n.length;let i;for(t=0;t<o;t++)i=n[t],a[i]=e[i];return a}function normalizeArray(e){if(!M.isArray(e))return e;const a=Object.keys(e);return a.length!==e.length||a.some((e,a)=>e!==String(a))?arrayToObject(e):e}const helpers_formDataToJSON=function(e){function buildPath(e,a,n,t){throwIfDepthExceeded(t);let o=e[t++];if("__proto__"===o)return!0;const i=Number.isFinite(+o),s=t>=e.length;if(o=!o&&M.isArray(n)?n.length:o,s)return M.hasOwnProp(n,o)?(n[o]=normalizeArray(n[o]),n[o]=M.isArray(n[o])?n[o].concat(a):[n[o],a]):n[o]=a,!i;M.hasOwnProp(n,o)&&M.isObject(n[o])||(n[o]=[]);return buildPath(e,a,n[o],t)&&M.isArray(n[o])&&(n[o]=arrayToObject(n[o])),!i}if(M.isFormData(e)&&M.isFunction(e.entries)){const a={};return M.forEachEntry(e,(e,n)=>{buildPath(function(e){const a=[],n=/[^.[\]]+|\[([^.[\]]*)]/g;let t;for(;null!==(t=n.exec(e));)throwIfDepthExceeded(a.length),a.push("[]"===t[0]?"":t[1]||t[0]);return a}(e),n,a,0)}),function(e){const a=[e];for(;a.length;){const e=a.pop();Object.keys(e).forEach(n=>{const t=e[n]=normalizeArray(e[n]);(M.isArray(t)||M.isPlainObject(t))&&a.push(t)})}return e}(a)}return null},ge=Object.freeze(["get","delete","head","options","post","put","patch","purge","link","unlink","query"]),own=(e,a)=>null!=e&&M.hasOwnProp(e,a)?e[a]:void 0;const ye={transitional:ie,adapter:["xhr","http","fetch"],transformRequest:[function(e,a){const n=a.getContentType()||"",t=n.indexOf("application/json")>-1,o=M.isObject(e);o&&M.isHTMLForm(e)&&(e=new FormData(e));if(M.isFormData(e))return t?JSON.stringify(helpers_formDataToJSON(e)):e;if(M.isArrayBuffer(e)||M.isBuffer(e)||M.isStream(e)||M.isFile(e)||M.isBlob(e)||M.isReadableStream(e))return e;if(M.isArrayBufferView(e))return e.buffer;if(M.isURLSearchParams(e))return a.setContentType("application/x-www-form-urlencoded;charset=utf-8",!1),e.toString();let i;if(o){const a=own(this,"formSerializer");if(n.indexOf("application/x-www-form-urlencoded")>-1)return function(e,a){return helpers_toFormData(e,new be.classes.URLSearchParams,{visitor:function(e,a,n,t){return be.isNode&&M.isBuffer(e)?(this.append(a,e.toString("base64")),!1):t.defaultVisitor.apply(this,arguments)},...a})}(e,a).toString();if((i=M.isFileList(e))||n.indexOf("multipart/form-data")>-1){const n=own(this,"env"),t=n&&n.FormData;return helpers_toFormData(i?{"files[]":e}:e,t&&new t,a)}}return o||t?(a.setContentType("application/json",!1),function(e,a,n){if(M.isString(e))try{return(a||JSON.parse)(e),M.trim(e)}catch(e){if("SyntaxError"!==e.name)throw e}return(n||JSON.stringify)(e)}(e)):e}],transformResponse:[function(e){const a=own(this,"transitional")||ye.transitional,n=a&&a.forcedJSONParsing,t=own(this,"responseType"),o="json"===t;if(M.isResponse(e)||M.isReadableStream(e))return e;if(e&&M.isString(e)&&(n&&!t||o)){const n=!(a&&a.silentJSONParsing)&&o;try{return JSON.parse(e,own(this,"parseReviver"))}catch(e){if(n){if("SyntaxError"===e.name)throw Z.from(e,Z.ERR_BAD_RESPONSE,this,null,own(this,"response"));throw e}}}return e}],timeout:0,xsrfCookieName:"XSRF-TOKEN",xsrfHeaderName:"X-XSRF-TOKEN",maxContentLength:-1,maxBodyLength:-1,env:{FormData:be.classes.FormData,Blob:be.classes.Blob},validateStatus:function(e){return e>=200&&e<300},headers:{common:{Accept:"application/json, text/plain, */*","Content-Type":void 0}}};M.forEach(ge,e=>{ye.headers[e]={}});const we=ye;function transformData(e,a){const n=this||we,t=a||n,o=K.from(t.headers);let i=t.data;return M.forEach(e,function(e){i=e.call(n,i,o.normalize(),a?a.status:void 0)}),o.normalize(),i}function isCancel(e){return!(!e||!e.__CANCEL__)}const Ee=class extends Z{constructor(e,a,n){super(null==e?"canceled":e,Z.ERR_CANCELED,a,n),this.name="CanceledError",this.__CANCEL__=!0}};function settle(e,a,n){const t=n.config.validateStatus;n.status&&t&&!t(n.status)?a(new Z("Request failed with status code "+n.status,n.status>=400&&n.status<500?Z.ERR_BAD_REQUEST:Z.ERR_BAD_RESPONSE,n.config,n.request,n)):e(n)}const _e=/[\t\n\r]/g;function normalizeURLForProtocolCheck(e){if("string"!=typeof e)return e;let a=0;for(;a<e.length&&e.charCodeAt(a)<=32;)a++;return e.slice(a).replace(_e,"")}const Re=/^https?:(?!\/\/)/i;function redactSensitiveURLParts(e){const a=e.replace(/^(https?:\/{0,2})[^/?#]*@/i,`$1${J}@`),n=a.indexOf("#"),t=(-1===n?a:a.slice(0,n)).replace(/([?&][^=&#]*=)[^&#]*/g,`$1${J}`);return-1===n?t:`${t}#${o=a.slice(n+1),o?o.replace(/(^|&)([^=&]*=)?[^&]+/g,(e,a,n="")=>`${a}${n}${J}`):o}`;var o}function assertValidHttpProtocolURL(e,a){if("string"==typeof e){const n=normalizeURLForProtocolCheck(e);if(Re.test(n))throw new Z(`Invalid URL ${JSON.stringify(redactSensitiveURLParts(n))}: missing "//" after protocol`,Z.ERR_INVALID_URL,a)}}function buildFullPath(e,a,n,t){assertValidHttpProtocolURL(a,t);let o=!("string"==typeof(i=a)&&/^([a-z][a-z\d+\-.]*:)?\/\//i.test(i));var i;return e&&(o||!1===n)?(assertValidHttpProtocolURL(e,t),function(e,a){if(!a)return e;let n=e.length;for(;n>0&&47===e.charCodeAt(n-1);)n--;return e.slice(0,n)+"/"+a.replace(/^\/+/,"")}(e,a)):a}var Se={ftp:21,gopher:70,http:80,https:443,ws:80,wss:443};function getProxyForUrl(e){var a=("string"==typeof e?function(e){try{return new URL(e)}catch{return null}}(e):e)||{},n=a.protocol,t=a.host,o=a.port;if("string"!=typeof t||!t||"string"!=typeof n)return"";if(n=n.split(":",1)[0],!function(e,a){var n=getEnv("no_proxy").toLowerCase();if(!n)return!0;if("*"===n)return!1;return n.split(/[,\s]/).every(function(n){if(!n)return!0;var t=n.match(/^(.+):(\d+)$/),o=t?t[1]:n,i=t?parseInt(t[2]):0;return!(!i||i===a)||(/^[.*]/.test(o)?("*"===o.charAt(0)&&(o=o.slice(1)),!e.endsWith(o)):e!==o)})}(t=t.replace(/:\d*$/,""),o=parseInt(o)||Se[n]||0))return"";var i=getEnv(n+"_proxy")||getEnv("all_proxy");return i&&-1===i.indexOf("://")&&(i=n+"://"+i),i}function getEnv(e){return process.env[e.toLowerCase()]||process.env[e.toUpperCase()]||""}var ke=n(3669),Ae=n(58611),Oe=n(65692),je=n(85675),Te=n(39023),Pe=n(16928),Ce=n(1573),Ne=n(43106);const Ue="1.21.1";function parseProtocol(e){const a=/^([-+\w]{1,25}):(?:\/\/)?/.exec(e);return a&&a[1].toLowerCase()||""}const De=/^([^,;/]+\/[^,;/]+)?((?:;[^,;=]+=[^,;]+)*)(;base64)?,([\s\S]*)$/i;var Le=n(2203);const Fe=["content-type","content-length"];function setFormDataHeaders(e,a,n){"content-only"===n?Object.entries(a||{}).forEach(([a,n])=>{Fe.includes(a.toLowerCase())&&e.set(a,n)}):e.set(a)}const ze=Symbol("internals");class AxiosTransformStream extends Le.Transform{constructor(e){super({readableHighWaterMark:(e=M.toFlatObject(e,{maxRate:0,chunkSize:65536,minChunkSize:100,timeWindow:500,ticksRate:2,samplesCount:15},null,(e,a)=>!M.isUndefined(a[e]))).chunkSize});const a=this[ze]={timeWindow:e.timeWindow,chunkSize:e.chunkSize,maxRate:e.maxRate,minChunkSize:e.minChunkSize,bytesSeen:0,isCaptured:!1,notifiedBytesLoaded:0,ts:Date.now(),bytes:0,onReadCallback:null};this.on("newListener",e=>{"progress"===e&&(a.isCaptured||(a.isCaptured=!0))})}_read(e){const a=this[ze];return a.onReadCallback&&a.onReadCallback(),super._read(e)}_transform(e,a,n){const t=this[ze],o=t.maxRate,i=this.readableHighWaterMark,s=t.timeWindow,r=o/(1e3/s);let c=!1!==t.minChunkSize?Math.max(t.minChunkSize,.01*r):0;o&&(c=Math.min(r,c));const pushChunk=(e,a)=>{const n=Buffer.byteLength(e);t.bytesSeen+=n,t.bytes+=n,t.isCaptured&&this.emit("progress",t.bytesSeen),this.push(e)?process.nextTick(a):t.onReadCallback=()=>{t.onReadCallback=null,process.nextTick(a)}},transformChunk=(e,a)=>{if(this.destroyed)return a();const n=Buffer.byteLength(e);let p,l=null,u=i,d=0;if(o){const e=Date.now();(!t.ts||(d=e-t.ts)>=s)&&(t.ts=e,p=r-t.bytes,t.bytes=p<0?-p:0,d=0),p=r-t.bytes}if(o){if(p<=0)return setTimeout(()=>{a(null,e)},s-d);p<u&&(u=Math.max(1,Math.floor(p)))}u&&n>u&&n-u>c&&(l=e.subarray(u),e=e.subarray(0,u)),pushChunk(e,l?()=>{process.nextTick(a,null,l)}:a)};transformChunk(e,function transformNextChunk(e,a){if(e)return n(e);a?transformChunk(a,transformNextChunk):n(null)})}}const Be=AxiosTransformStream;var Ie=n(24434);const{asyncIterator:qe}=Symbol,helpers_readBlob=async function*(e){e.stream?yield*e.stream():e.arrayBuffer?yield await e.arrayBuffer():e[qe]?yield*e[qe]():yield e},Me=be.ALPHABET.ALPHA_DIGIT+"-_",He="function"==typeof TextEncoder?new TextEncoder:new Te.TextEncoder,$e="\r\n",Ve=He.encode($e);class FormDataPart{constructor(e,a){const{escapeName:n}=this.constructor,t=M.isString(a);let o=`Content-Disposition: form-data; name="${n(e)}"${!t&&a.name?`; filename="${n(a.name)}"`:""}${$e}`;if(t)a=He.encode(String(a).replace(/\r?\n|\r\n?/g,$e));else{o+=`Content-Type: ${String(a.type||"application/octet-stream").replace(/[\r\n]/g,"")}${$e}`}this.headers=He.encode(o+$e),this.contentLength=t?a.byteLength:a.size,this.size=this.headers.byteLength+this.contentLength+2,this.name=e,this.value=a}async*encode(){yield this.headers;const{value:e}=this;M.isTypedArray(e)?yield e:yield*helpers_readBlob(e),yield Ve}static escapeName(e){return String(e).replace(/[\r\n"]/g,e=>({"\r":"%0D","\n":"%0A",'"':"%22"}[e]))}}const helpers_formDataToStream=(e,a,n)=>{const{tag:t="form-data-boundary",size:o=25,boundary:i=t+"-"+be.generateString(o,Me)}=n||{};if(!M.isFormData(e))throw new TypeError("FormData instance required");if(i.length<1||i.length>70)throw new Error("boundary must be 1-70 characters long");const s=He.encode("--"+i+$e),r=He.encode("--"+i+"--"+$e);let c=r.byteLength;const p=Array.from(e.entries()).map(([e,a])=>{const n=new FormDataPart(e,a);return c+=n.size,n});c+=s.byteLength*p.length,c=M.toFiniteNumber(c);const l={"Content-Type":`multipart/form-data; boundary=${i}`};return Number.isFinite(c)&&(l["Content-Length"]=c),a&&a(l),Le.Readable.from(async function*(){for(const e of p)yield s,yield*e.encode();yield r}())};class ZlibHeaderTransformStream extends Le.Transform{__transform(e,a,n){this.push(e),n()}_transform(e,a,n){if(0!==e.length&&(this._transform=this.__transform,120!==e[0])){const e=Buffer.alloc(2);e[0]=120,e[1]=156,this.push(e,a)}this.__transform(e,a,n)}}const We=ZlibHeaderTransformStream;const Ge=class{constructor(){this.sessions=Object.create(null)}getSession(e,a){a=Object.assign(Object.create(null),{sessionTimeout:1e3},a);let n=this.sessions[e];if(n){let e=n.length;for(let t=0;t<e;t++){const[e,o]=n[t];if(!e.destroyed&&!e.closed&&Te.isDeepStrictEqual(o,a))return e}}const t=je.connect(e,a);let o,i;const removeSession=()=>{if(o)return;o=!0,i&&(clearTimeout(i),i=null);let a=n,s=a.length,r=s;for(;r--;)if(a[r][0]===t)return 1===s?delete this.sessions[e]:a.splice(r,1),void(t.closed||t.close())},s=t.request,{sessionTimeout:r}=a;if(null!=r){let e=0;t.request=function(){const a=s.apply(this,arguments);return e++,i&&(clearTimeout(i),i=null),a.once("close",()=>{--e||o||(i=setTimeout(()=>{i=null,removeSession()},r))}),a}}t.once("close",removeSession),t.once("error",removeSession),t.once("goaway",removeSession);let c=[t,a];return n?n.push(c):n=this.sessions[e]=[c],t}},helpers_callbackify=(e,a)=>M.isAsyncFn(e)?function(...n){const t=n.pop();e.apply(this,n).then(e=>{try{a?t(null,...a(e)):t(null,e)}catch(e){t(e)}},t)}:e,Ke=new Set(["localhost","0.0.0.0"]),trimTrailingDots=e=>{let a=e.length;for(;a&&46===e.charCodeAt(a-1);)a--;return a===e.length?e:e.slice(0,a)},isIPv4Loopback=e=>{const a=e.split(".");return 4===a.length&&("127"===a[0]&&a.every(e=>/^\d+$/.test(e)&&Number(e)>=0&&Number(e)<=255))},parseIPv4Octet=e=>{if(/^0[xX][0-9a-fA-F]+$/.test(e)){const a=parseInt(e.slice(2),16);return Number.isFinite(a)?a:null}if(e.length>1&&/^0[0-7]+$/.test(e)){const a=parseInt(e,8);return Number.isFinite(a)?a:null}if(e.length>1&&/^0[0-9]+$/.test(e))return null;if(/^[0-9]+$/.test(e)){const a=parseInt(e,10);return Number.isFinite(a)?a:null}return null},normalizeIPAddress=e=>{if("string"!=typeof e||!e||-1!==e.indexOf(":"))return e;let a=e;if("["===a.charAt(0)&&"]"===a.charAt(a.length-1)&&(a=a.slice(1,-1)),a=trimTrailingDots(a),!/^[0-9.xXa-fA-F]+$/.test(a))return e;const n=a.split(".");if(n.some(e=>""===e))return e;if(4===n.length){const a=n.map(parseIPv4Octet);return a.some(e=>null===e||e<0||e>255)?e:a.join(".")}if(n.length>4)return e;if(1===n.length)return e;const t=n.slice(0,-1),o=n[n.length-1],i=4-t.length,s=parseIPv4Octet(o);if(null===s)return e;if(s<0||s>(1<<8*i)-1)return e;const r=new Array(i).fill(0);for(let e=i-1,a=s;e>=0;e--,a>>=8)r[e]=255&a;const c=t.map(parseIPv4Octet);return c.some(e=>null===e||e<0||e>255)?e:[...c,...r].join(".")},isIPv6ZeroGroup=e=>/^0{1,4}$/.test(e),isLoopback=e=>!!e&&(!!Ke.has(e)||(!!isIPv4Loopback(e)||(!!(e=>{if("::"===e)return!0;const a=e.indexOf("::");if(-1!==a){if(a!==e.lastIndexOf("::"))return!1;const n=e.slice(0,a),t=e.slice(a+2),o=n?n.split(":"):[],i=t?t.split(":"):[];return o.length+i.length<8&&o.every(isIPv6ZeroGroup)&&i.every(isIPv6ZeroGroup)}const n=e.split(":");return 8===n.length&&n.every(isIPv6ZeroGroup)})(e)||(e=>{if("::1"===e)return!0;const a=e.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);if(a)return isIPv4Loopback(a[1]);const n=e.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i);if(n){const e=parseInt(n[1],16);return e>=32512&&e<=32767}const t=e.split(":");if(8===t.length){for(let e=0;e<7;e++)if(!/^0+$/.test(t[e]))return!1;return/^0*1$/.test(t[7])}return!1})(e)))),Je={http:80,https:443,ws:80,wss:443,ftp:21},Xe=/^(?:::|(?:0{1,4}:){1,4}:|(?:0{1,4}:){5})ffff:(\d+\.\d+\.\d+\.\d+)$/i,Ze=/^(?:::|(?:0{1,4}:){1,4}:|(?:0{1,4}:){5})ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i,unmapIPv4MappedIPv6=e=>{if("string"!=typeof e||-1===e.indexOf(":"))return e;const a=e.match(Xe);if(a)return a[1];const n=e.match(Ze);if(n){const e=parseInt(n[1],16),a=parseInt(n[2],16);return`${e>>8}.${255&e}.${a>>8}.${255&a}`}return e},Ye=/^(?:0|[1-9]\d{0,2})$/,ipv4ToBytes=e=>{const a=e.split(".");return 4===a.length&&a.every(e=>Ye.test(e)&&Number(e)<=255)?a.map(Number):null},Qe=/^[0-9a-f]{1,4}$/i,ipToBytes=e=>"string"==typeof e&&e?-1!==e.indexOf(":")?(e=>{const a=e.split("::");if(a.length>2)return null;const n=a[0]?a[0].split(":"):[];if(2===a.length){const e=a[1]?a[1].split(":"):[],t=8-n.length-e.length;if(t<1)return null;n.push(...new Array(t).fill("0"),...e)}return 8!==n.length||n.some(e=>!Qe.test(e))?null:n.flatMap(e=>{const a=Number.parseInt(e,16);return[a>>8&255,255&a]})})(e):ipv4ToBytes(e):null,normalizeNoProxyHost=e=>{if(!e)return e;"["===e.charAt(0)&&"]"===e.charAt(e.length-1)&&(e=e.slice(1,-1));let a=trimTrailingDots(e);if(-1!==a.indexOf(":"))try{a=new URL("http://["+a+"]/").hostname.slice(1,-1)}catch(e){return a}else if(/[\u0080-\uffff]/.test(a)){const e=/^[*.]+/.exec(a),n=e?e[0]:"",t=(0,re.domainToASCII)(a.slice(n.length));if(!t)return"";a=n+trimTrailingDots(t)}const n=normalizeIPAddress(a);return n!==a?n:unmapIPv4MappedIPv6(a)},ea=/^(.+)\/(0|[1-9]\d{0,2})$/,parseCidrEntry=e=>{if(-1===e.indexOf("/"))return;const a=ea.exec(e);if(!a)return null;let n=Number(a[2]);const t=(e=>{let a=e;const n="["===a.charAt(0),t="]"===a.charAt(a.length-1),o=a.includes("[")||a.includes("]");if(n||t){if(!n||!t)return null;if(a=a.slice(1,-1),-1===a.indexOf(":")||a.includes("[")||a.includes("]"))return null}else if(o)return null;if(!a||"."===a.charAt(a.length-1))return null;const i=-1!==a.indexOf(":");if(i)try{a=new URL(`http://[${a}]/`).hostname.slice(1,-1)}catch(e){return null}else if(a=normalizeIPAddress(a),!ipv4ToBytes(a))return null;return{normalized:unmapIPv4MappedIPv6(a),wasIPv6:i}})(a[1]);if(!t)return null;const{normalized:o,wasIPv6:i}=t;if(i&&-1===o.indexOf(":")){if(n<96)return null;n-=96}const s=ipToBytes(o);return!s||n>8*s.length?null:{bytes:s,prefix:n}};function shouldBypassProxy(e){let a;try{a=new URL(e)}catch(e){return!1}const n=(process.env.no_proxy||process.env.NO_PROXY||"").toLowerCase();if(!n)return!1;if("*"===n)return!0;const t=Number.parseInt(a.port,10)||Je[a.protocol.split(":",1)[0]]||0,o=normalizeNoProxyHost(a.hostname.toLowerCase()),i=ipToBytes(o);return n.split(/[\s,]+/).some(e=>{if(!e)return!1;if("*"===e)return!0;const a=parseCidrEntry(e);if(void 0!==a)return null!==a&&!!i&&i.length===a.bytes.length&&((e,a,n)=>{const t=n>>3;for(let n=0;n<t;n++)if(e[n]!==a[n])return!1;const o=7&n;if(o){const n=255<<8-o&255;if((e[t]&n)!==(a[t]&n))return!1}return!0})(i,a.bytes,a.prefix);let[n,s]=(e=>{let a=e,n=0;if("["===a.charAt(0)){const e=a.indexOf("]");if(-1!==e){const t=a.slice(1,e),o=a.slice(e+1);return":"===o.charAt(0)&&/^\d+$/.test(o.slice(1))&&(n=Number.parseInt(o.slice(1),10)),[t,n]}}const t=a.indexOf(":"),o=a.lastIndexOf(":");return-1!==t&&t===o&&/^\d+$/.test(a.slice(o+1))&&(n=Number.parseInt(a.slice(o+1),10),a=a.slice(0,o)),[a,n]})(e);return n=normalizeNoProxyHost(n),!!n&&((!s||s===t)&&("*"===n.charAt(0)&&(n=n.slice(1)),"."===n.charAt(0)?o.endsWith(n):o===n||isLoopback(o)&&isLoopback(n)))})}const helpers_speedometer=function(e,a){e=e||10;const n=new Array(e),t=new Array(e);let o,i=0,s=0;return a=void 0!==a?a:1e3,function(r){const c=Date.now(),p=t[s];o||(o=c),n[i]=r,t[i]=c;let l=s,u=0;for(;l!==i;)u+=n[l++],l%=e;if(i=(i+1)%e,i===s&&(s=(s+1)%e),c-o<a)return;const d=p&&c-p;return d?Math.round(1e3*u/d):void 0}};const helpers_throttle=function(e,a){let n,t,o=0,i=1e3/a;const invoke=(a,i=Date.now())=>{o=i,n=null,t&&(clearTimeout(t),t=null),e(...a)};return[(...e)=>{const a=Date.now(),s=a-o;s>=i?invoke(e,a):(n=e,t||(t=setTimeout(()=>{t=null,invoke(n)},i-s)))},()=>n&&invoke(n),(...e)=>invoke(e)]},progressEventReducer=(e,a,n=3)=>{let t=0;const o=helpers_speedometer(50,250);return helpers_throttle(n=>{if(!n||!M.isNumber(n.loaded))return;const i=n.loaded,s=n.lengthComputable?n.total:void 0,r=Math.max(0,null!=s?Math.min(i,s):i),c=Math.max(0,r-t),p=o(c);t=Math.max(t,r);e({loaded:r,total:s,progress:s?r/s:void 0,bytes:c,rate:p||void 0,estimated:p&&s?(s-r)/p:void 0,event:n,lengthComputable:null!=s,[a?"download":"upload"]:!0})},n)},progressEventDecorator=(e,a)=>{const n=null!=e;return[t=>a[0]({lengthComputable:n,total:e,loaded:t}),a[1]]},asyncDecorator=(e,a=M.asap)=>(...n)=>a(()=>e(...n)),isHexDigit=e=>e>=48&&e<=57||e>=65&&e<=70||e>=97&&e<=102,isPercentEncodedByte=(e,a,n)=>a+2<n&&isHexDigit(e.charCodeAt(a+1))&&isHexDigit(e.charCodeAt(a+2)),hexValue=e=>e<=57?e-48:(223&e)-55,isBase64Char=e=>e>=65&&e<=90||e>=97&&e<=122||e>=48&&e<=57||43===e||47===e||45===e||95===e,isBase64Whitespace=e=>9===e||10===e||12===e||13===e||32===e,estimateBase64BufferAllocation=e=>{const a=e.length;let n=0;return a>0&&61===e.charCodeAt(a-1)&&(n++,a>1&&61===e.charCodeAt(a-2)&&n++),Math.floor(3*(a-n)/4)},estimatePercentDecodedBase64BufferAllocation=e=>{if(-1===e.indexOf("%"))return estimateBase64BufferAllocation(e);let a=0,n=0,t=0;for(let o=0,i=e.length;o<i;o++){let s=e.charCodeAt(o);37===s&&isPercentEncodedByte(e,o,i)&&(s=16*hexValue(e.charCodeAt(o+1))+hexValue(e.charCodeAt(o+2)),o+=2),a++,n=t,t=s}const o=61===t?61===n?2:1:0;return Math.floor(3*(a-o)/4)},estimatePercentDecodedBase64Bytes=e=>{const a=e.length;let n=0,t=0,o=!1;for(let i=0;i<a;i++){let s=e.charCodeAt(i);37===s&&isPercentEncodedByte(e,i,a)&&(s=16*hexValue(e.charCodeAt(i+1))+hexValue(e.charCodeAt(i+2)),i+=2),isBase64Whitespace(s)||(61!==s?!isBase64Char(s)||t>0?o=!0:n++:t++)}return o||t>2||t>0&&(n+t)%4!=0||n%4==1?estimateBase64BufferAllocation(e):(e=>{const a=e%4;return 3*Math.floor(e/4)+(2===a?1:3===a?2:0)})(n)},estimateDataURLBytes=(e,a,n)=>{if(!e||"string"!=typeof e)return 0;if(!/^data:/i.test(e))return 0;const t=e.indexOf(",");if(t<0)return 0;const o=e.slice(5,t),i=e.slice(t+1);if(n.test(o))return a(i);let s=0;for(let e=0,a=i.length;e<a;e++){const n=i.charCodeAt(e);if(37===n&&isPercentEncodedByte(i,e,a))s+=1,e+=2;else if(n<128)s+=1;else if(n<2048)s+=2;else if(n>=55296&&n<=56319&&e+1<a){const a=i.charCodeAt(e+1);a>=56320&&a<=57343?(s+=4,e++):s+=3}else s+=3}return s};const aa={flush:Ne.constants.Z_SYNC_FLUSH,finishFlush:Ne.constants.Z_SYNC_FLUSH},na={flush:Ne.constants.BROTLI_OPERATION_FLUSH,finishFlush:Ne.constants.BROTLI_OPERATION_FLUSH},ta={flush:Ne.constants.ZSTD_e_flush,finishFlush:Ne.constants.ZSTD_e_flush},oa=M.isFunction(Ne.createBrotliDecompress),ia=M.isFunction(Ne.createZstdDecompress),sa="gzip, compress, deflate"+(oa?", br":""),ra=sa+(ia?", zstd":""),ca="undefined"!=typeof process&&process.nextTick?process.nextTick.bind(process):M.asap,{http:pa,https:la}=Ce,ua=/https:?/,da=Symbol("axios.http.socketListener"),ma=Symbol("axios.http.currentReq");function handleSocketError(e){const a=this[ma];a&&!a.destroyed&&a.destroy(e)}const fa=Symbol("axios.http.installedTunnel"),xa=new Map,ha=new WeakMap,va=new WeakMap,ba=["createConnection","getName"],ga=["addRequest","createSocket","removeSocket","keepSocketAlive","reuseSocket","_getSession","_cacheSession","_evictSession"],ya={22:21,24:5};function isNodeNativeEnvProxySupported(e=process.versions&&process.versions.node){if(!e)return!1;const[a,n]=e.split(".").map(e=>Number(e));return!(!Number.isInteger(a)||!Number.isInteger(n))&&(a>24||null!=ya[a]&&n>=ya[a])}function isNodeEnvProxyEnabled(e,a=process.versions&&process.versions.node){if(!isNodeNativeEnvProxySupported(a))return!1;const n=e&&e.options;return Boolean(n&&M.hasOwnProp(n,"proxyEnv")&&null!=n.proxyEnv)}function getDirectAgent(e,a){if(!process.allowedNodeEnvironmentFlags||!process.allowedNodeEnvironmentFlags.has("--use-env-proxy"))return e;const n=e||a.globalAgent,t=n&&n.options;if(!(n instanceof a.Agent&&n.protocol===a.globalAgent.protocol&&t&&M.hasOwnProp(t,"proxyEnv")&&"object"==typeof t.proxyEnv&&null!==t.proxyEnv))return e;for(const e of ga)if(M.isFunction(a.Agent.prototype[e])&&n[e]!==a.Agent.prototype[e])throw new Z("proxy: false cannot adapt an agent overriding "+e+"; use an agent constructed without proxyEnv",Z.ERR_BAD_OPTION_VALUE);let o=va.get(n);if(!o){o=new a.Agent({...t,proxyEnv:void 0});const e=n.destroy;n.destroy=function(){try{return e.apply(this,arguments)}finally{o.destroy()}},va.set(n,o)}for(const e of ba)o[e]=n[e]===a.Agent.prototype[e]?a.Agent.prototype[e]:bind(n[e],n);return o}function setDirectAgent(e,a,n){const t=ua.test(e.protocol),o=getDirectAgent(t?n:a,t?Oe:Ae);e.agent=o,e.agents&&(e.agents[t?"https":"http"]=o)}const wa=be.protocols.map(e=>e+":"),decodeURIComponentSafe=e=>{if(!M.isString(e))return e;try{return decodeURIComponent(e)}catch(a){return e}},flushOnFinish=(e,[a,n])=>(e.on("end",n).on("error",n),a),Ea=new Ge;function dispatchBeforeRedirect(e,a,n){isSameOriginRedirect(e,n)||(stripMatchingHeaders(e.headers,new Set(["authorization","cookie"])),delete e.auth),e.beforeRedirects.proxy&&e.beforeRedirects.proxy(e),e.beforeRedirects.auth&&e.beforeRedirects.auth(e),e.beforeRedirects.sensitiveHeaders&&e.beforeRedirects.sensitiveHeaders(e,n),e.beforeRedirects.direct&&e.beforeRedirects.direct(e),e.beforeRedirects.config&&e.beforeRedirects.config(e,a,n)}function stripMatchingHeaders(e,a){e&&Object.keys(e).forEach(n=>{a.has(n.toLowerCase())&&delete e[n]})}function isSameOriginRedirect(e,a){if(!a)return!1;try{return new URL(a.url).origin===new URL(e.href).origin}catch(e){return!1}}function setProxy(e,a,n,t,o,i,s=!0){let r=a;const c=function(e,a,n){return ua.test(e.protocol)?n||Oe.globalAgent:a||Ae.globalAgent}(e,i,o);if(!r&&!1!==r&&s&&!isNodeEnvProxyEnabled(c)){const e=getProxyForUrl(n);e&&(shouldBypassProxy(n)||(r=new URL(e)))}if(t&&e.headers)for(const a of Object.keys(e.headers))"proxy-authorization"===a.toLowerCase()&&delete e.headers[a];if(t&&e.agent&&e.agent[fa]&&(e.agent=void 0),t&&e.agents&&e.agents.https&&e.agents.https[fa]&&(e.agents.https=o),r){const a=r instanceof URL,readProxyField=e=>a||M.hasOwnProp(r,e)?r[e]:void 0,t=readProxyField("username"),i=readProxyField("password");let s=M.hasOwnProp(r,"auth")?r.auth:void 0;if(t&&(s=(t||"")+":"+(i||"")),s){const e="object"==typeof s,a=e&&M.hasOwnProp(s,"username")?s.username:void 0,n=e&&M.hasOwnProp(s,"password")?s.password:void 0;if(Boolean(a||n))s=(a||"")+":"+(n||"");else if(e)throw new Z("Invalid proxy authorization",Z.ERR_BAD_OPTION,{proxy:r})}if(ua.test(e.protocol)){if(!(o instanceof ke)){const a=readProxyField("hostname")||readProxyField("host"),n=readProxyField("port"),t=readProxyField("protocol"),i=t?t.includes(":")?t:`${t}:`:"http:",r=a&&a.includes(":")&&!a.startsWith("[")?`[${a}]`:a,c=new URL(`${i}//${r}${n?":"+n:""}`),p={protocol:c.protocol,hostname:c.hostname.replace(/^\[|\]$/g,""),port:c.port,auth:s&&"string"==typeof s?s:void 0};"https:"===c.protocol&&(p.ALPNProtocols=["http/1.1"]);const l=function(e,a){const n=e.protocol+"//"+e.hostname+":"+(e.port||"")+"#"+(e.auth||""),t=a?ha.get(a)||ha.set(a,new Map).get(a):xa;let o=t.get(n);if(o)return o;const i=a&&a.options?{...a.options,...e}:e;o=new ke(i);const s=o.callback;return o.callback=function(e,n){const t=a||Oe.globalAgent,o=t&&t.options;return s.call(this,e,{...o,...n})},o[fa]=!0,t.set(n,o),o}(p,o);e.agent=l,e.agents&&(e.agents.https=l)}}else{if(s){const a=Buffer.from(s,"utf8").toString("base64");e.headers["Proxy-Authorization"]="Basic "+a}let a=!1;for(const n of Object.keys(e.headers))if("host"===n.toLowerCase()){a=!0;break}a||(e.headers.host=e.hostname+(e.port?":"+e.port:""));const t=readProxyField("hostname")||readProxyField("host");e.hostname=t,e.host=t,e.port=readProxyField("port"),e.path=n;const o=readProxyField("protocol");o&&(e.protocol=o.includes(":")?o:`${o}:`)}}return e.beforeRedirects.proxy=function(e){setProxy(e,a,e.href,!0,o,i,s)},Boolean(r||!1!==a&&s&&isNodeEnvProxyEnabled(c))}const _a="undefined"!=typeof process&&"process"===M.kindOf(process),buildAddressEntry=(e,a)=>(({address:e,family:a})=>{if(!M.isString(e))throw new Z("address must be a string",Z.ERR_BAD_OPTION_VALUE);return{address:e,family:a||(e.indexOf(".")<0?6:4)}})(M.isObject(e)?e:{address:e,family:a}),Ra=new WeakMap,Sa={request(e,a){const n=e.protocol+"//"+e.hostname+":"+(e.port||("https:"===e.protocol?443:80)),{http2Options:t,headers:o}=e,i=Ea.getSession(n,t),{HTTP2_HEADER_SCHEME:s,HTTP2_HEADER_METHOD:r,HTTP2_HEADER_PATH:c,HTTP2_HEADER_STATUS:p}=je.constants,l={[s]:e.protocol.replace(":",""),[r]:e.method,[c]:e.path};M.forEach(o,(e,a)=>{":"!==a.charAt(0)&&(l[a]=e)});const u=i.request(l);return u.once("response",e=>{const n=u,t=(e=Object.assign({},e))[p];delete e[p],n.headers=e,n.statusCode=+t,a(n)}),u}},ka=_a&&function(e){return a=async function(a,n,t){const own=a=>M.getSafeProp(e,a),o=own("transitional")||ie;let i=own("data"),s=own("lookup"),r=own("family"),c=own("httpVersion");void 0===c&&(c=1);const p=c;let l=own("http2Options");const u=own("proxy"),d=own("httpAgent"),m=own("httpsAgent"),f=own("responseType"),x=own("responseEncoding"),h=own("socketPath"),v=own("method").toUpperCase(),b=own("maxRedirects"),g=own("maxBodyLength"),y=own("maxContentLength"),w=own("decompress");let E,_,R,S=!1;try{c=+c}catch(a){throw new Z("Invalid protocol version: value is not a number",Z.ERR_BAD_OPTION_VALUE,e)}if(Number.isNaN(c))throw new Z(`Invalid protocol version: '${p}' is not a number`,Z.ERR_BAD_OPTION_VALUE,e);if(1!==c&&2!==c)throw new Z(`Unsupported protocol version '${c}'`,Z.ERR_BAD_OPTION_VALUE,e);const k=2===c;s&&(s=(e=>{let a=Ra.get(e);if(a)return a;const n=helpers_callbackify(e,e=>M.isArray(e)?e:[e]);return a=(e,a,t)=>{n(e,a,(e,n,o)=>{if(e)return t(e);let i;try{i=M.isArray(n)?n.map(e=>buildAddressEntry(e)):[buildAddressEntry(n,o)]}catch(e){return t(e)}a.all?t(e,i):t(e,i[0].address,i[0].family)})},Ra.set(e,a),a})(s));const A=new Ie.EventEmitter;function abort(a){try{A.emit("abort",!a||a.type?new Ee(null,e,_):a)}catch(e){}}function clearConnectPhaseTimer(){R&&(clearTimeout(R),R=null)}A.once("abort",n);const onFinished=()=>{clearConnectPhaseTimer(),e.cancelToken&&e.cancelToken.unsubscribe(abort),e.signal&&e.signal.removeEventListener("abort",abort),A.removeAllListeners()};(e.cancelToken||e.signal)&&(e.cancelToken&&e.cancelToken.subscribe(abort),e.signal&&(e.signal.aborted?abort():e.signal.addEventListener("abort",abort))),t((e,a)=>{if(E=!0,clearConnectPhaseTimer(),a)return S=!0,void onFinished();const{data:n}=e;if(n instanceof Le.Readable||n instanceof Le.Duplex){const e=Le.finished(n,()=>{e(),onFinished()})}else onFinished()});const O=buildFullPath(own("baseURL"),own("url"),own("allowAbsoluteUrls"),e),j=h?"http://localhost":be.hasBrowserEnv?be.origin:void 0,T=new URL(O,j),P=T.protocol||wa[0];if("data:"===P){if(y>-1){const a=String(own("url")||O||"");if(estimateDataURLBytes(a,estimatePercentDecodedBase64BufferAllocation,/;base64$/i)>y)return n(new Z("maxContentLength size of "+y+" exceeded",Z.ERR_BAD_RESPONSE,e))}let t;if("GET"!==v)return settle(a,n,{status:405,statusText:"method not allowed",headers:{},config:e});try{t=function(e,a,n){const t=n&&n.Blob||be.classes.Blob,o=parseProtocol(e);if(void 0===a&&t&&(a=!0),"data"===o){e=o.length?e.slice(o.length+1):e;const n=De.exec(e);if(!n)throw new Z("Invalid URL",Z.ERR_INVALID_URL);const i=n[1],s=n[2],r=n[3]?"base64":"utf8",c=n[4];let p="";i?p=s?i+s:i:s&&(p="text/plain"+s);const l="base64"===r?Buffer.from(c.replace(/%([\da-f]{2})/gi,(e,a)=>String.fromCharCode(parseInt(a,16))),"base64"):Buffer.from(decodeURIComponent(c),r);if(a){if(!t)throw new Z("Blob is not supported",Z.ERR_NOT_SUPPORT);return new t([l],{type:p})}return l}throw new Z("Unsupported protocol "+o,Z.ERR_NOT_SUPPORT)}(own("url"),"blob"===f,{Blob:e.env&&e.env.Blob})}catch(a){throw Z.from(a,Z.ERR_BAD_REQUEST,e)}return y>-1&&("blob"===f?t.size:t.length)>y?n(new Z("maxContentLength size of "+y+" exceeded",Z.ERR_BAD_RESPONSE,e)):("text"===f?(t=t.toString(x),x&&"utf8"!==x||(t=M.stripBOM(t))):"stream"===f&&(t=Le.Readable.from(t)),settle(a,n,{data:t,status:200,statusText:"OK",headers:new K,config:e}))}if(-1===wa.indexOf(P))return n(new Z("Unsupported protocol "+P,Z.ERR_BAD_REQUEST,e));const C=K.from(e.headers).normalize();C.set("User-Agent","axios/"+Ue,!1);const{onUploadProgress:N,onDownloadProgress:U}=e,D=e.maxRate;let L,F;if(M.isSpecCompliantForm(i)){const e=C.getContentType(/boundary=([-_\w\d]{10,70})/i);i=helpers_formDataToStream(i,e=>{C.set(e)},{tag:`axios-${Ue}-boundary`,boundary:e&&e[1]||void 0})}else if(M.isFormData(i)&&M.isFunction(i.getHeaders)&&i.getHeaders!==Object.prototype.getHeaders){if(setFormDataHeaders(C,i.getHeaders(),own("formDataHeaderPolicy")),!C.hasContentLength())try{const e=await Te.promisify(i.getLength).call(i);Number.isFinite(e)&&e>=0&&C.setContentLength(e)}catch(e){}}else if(M.isBlob(i)||M.isFile(i))i.size&&C.setContentType(i.type||"application/octet-stream"),C.setContentLength(i.size||0),i=Le.Readable.from(helpers_readBlob(i));else if(i&&!M.isStream(i)){if(Buffer.isBuffer(i));else if(M.isArrayBuffer(i))i=Buffer.from(new Uint8Array(i));else{if(!M.isString(i))return n(new Z("Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream",Z.ERR_BAD_REQUEST,e));i=Buffer.from(i,"utf-8")}if(C.setContentLength(i.length,!1),g>-1&&i.length>g)return n(new Z("Request body larger than maxBodyLength limit",Z.ERR_BAD_REQUEST,e))}const z=M.toFiniteNumber(C.getContentLength());let B;M.isArray(D)?(L=D[0],F=D[1]):L=F=D,i&&(N||L)&&(M.isStream(i)||(i=Le.Readable.from(i,{objectMode:!1})),i=Le.pipeline([i,new Be({maxRate:M.toFiniteNumber(L)})],M.noop),N&&i.on("progress",flushOnFinish(i,progressEventDecorator(z,progressEventReducer(asyncDecorator(N,ca),!1,3)))));const I=own("auth");let q;I&&(B=(M.getSafeProp(I,"username")||"")+":"+(M.getSafeProp(I,"password")||"")),B||!T.username&&!T.password||(B=decodeURIComponentSafe(T.username)+":"+decodeURIComponentSafe(T.password)),B&&C.delete("authorization");try{q=buildURL(T.pathname+T.search,own("params"),own("paramsSerializer")).replace(/^\?/,"")}catch(a){return n(Z.from(a,Z.ERR_BAD_REQUEST,e,null,null,{url:own("url"),exists:!0}))}C.set("Accept-Encoding",M.hasOwnProp(o,"advertiseZstdAcceptEncoding")&&!0===o.advertiseZstdAcceptEncoding?ra:sa,!1),k&&s&&(l=Object.assign(Object.create(null),l,{lookup:s}));const H=Object.assign(Object.create(null),{path:q,method:v,headers:toByteStringHeaderObject(C),agents:{http:d,https:m},auth:B,protocol:P,family:r,beforeRedirect:dispatchBeforeRedirect,beforeRedirects:Object.create(null),http2Options:l,createConnection:void 0});!M.isUndefined(s)&&(H.lookup=s);let $,V=!1;if(h){if("string"!=typeof h)return n(new Z("socketPath must be a string",Z.ERR_BAD_OPTION_VALUE,e));const a=own("allowedSocketPaths");if(null!=a){const t=Array.isArray(a)?a:[a],o=(0,Pe.resolve)(h);if(!t.some(e=>"string"==typeof e&&(0,Pe.resolve)(e)===o))return n(new Z(`socketPath "${h}" is not permitted by allowedSocketPaths`,Z.ERR_BAD_OPTION_VALUE,e))}H.socketPath=h}else H.hostname=T.hostname.startsWith("[")?T.hostname.slice(1,-1):T.hostname,H.port=T.port,V=setProxy(H,u,P+"//"+T.hostname+(T.port?":"+T.port:"")+H.path,!1,m,d,!k);let W=!1;const G=ua.test(H.protocol);if(k||!1!==u?null==H.agent&&(H.agent=G?m:d):(setDirectAgent(H,d,m),H.beforeRedirects.direct=e=>{setDirectAgent(e,d,m)}),k){if(V)return n(new Z("HTTP/2 requests with a proxy are not supported",Z.ERR_NOT_SUPPORT,e));$=Sa}else{const a=own("transport");if(a)$=a;else if(0===b)$=G?Oe:Ae,W=!0;else{H.sensitiveHeaders=[],b&&(H.maxRedirects=b);const a=own("beforeRedirect");if(a&&(H.beforeRedirects.config=a),B){const e=T.origin,a=B;H.beforeRedirects.auth=function(n){try{new URL(n.href).origin===e&&(n.auth=a)}catch(e){}}}const t=own("sensitiveHeaders");if(null!=t){if(!M.isArray(t))return n(new Z("sensitiveHeaders must be an array of strings",Z.ERR_BAD_OPTION_VALUE,e));const a=new Set;for(const o of t){if(!M.isString(o))return n(new Z("sensitiveHeaders must be an array of strings",Z.ERR_BAD_OPTION_VALUE,e));a.add(o.toLowerCase())}a.size&&(H.sensitiveHeaders=Array.from(a),H.beforeRedirects.sensitiveHeaders=function(e,n){isSameOriginRedirect(e,n)||stripMatchingHeaders(e.headers,a)})}$=G?la:pa}}H.maxBodyLength=g>-1?g:1/0,H.insecureHTTPParser=Boolean(own("insecureHTTPParser")),_=$.request(H,function(t){if(clearConnectPhaseTimer(),_.destroyed)return;const o=[t],i=M.toFiniteNumber(t.headers["content-length"]);if(U||F){const p=new Be({maxRate:M.toFiniteNumber(F)});U&&p.on("progress",flushOnFinish(p,progressEventDecorator(i,progressEventReducer(asyncDecorator(U,ca),!0,3)))),o.push(p)}let s=t;const r=t.req||_;if(!1!==w&&t.headers["content-encoding"])switch("HEAD"!==v&&204!==t.statusCode||delete t.headers["content-encoding"],(t.headers["content-encoding"]||"").toLowerCase()){case"gzip":case"x-gzip":case"compress":case"x-compress":o.push(Ne.createUnzip(aa)),delete t.headers["content-encoding"];break;case"deflate":o.push(new We),o.push(Ne.createUnzip(aa)),delete t.headers["content-encoding"];break;case"br":oa&&(o.push(Ne.createBrotliDecompress(na)),delete t.headers["content-encoding"]);break;case"zstd":ia&&(o.push(Ne.createZstdDecompress(ta)),delete t.headers["content-encoding"])}s=o.length>1?Le.pipeline(o,M.noop):o[0];const c={status:t.statusCode,statusText:t.statusMessage,headers:new K(t.headers),config:e,request:r};if("stream"===f){if(y>-1){const l=y,u=s;async function*enforceMaxContentLength(){let a=0;for await(const n of u){if(a+=n.length,a>l)throw new Z("maxContentLength size of "+l+" exceeded",Z.ERR_BAD_RESPONSE,e,r);yield n}}s=Le.Readable.from(enforceMaxContentLength(),{objectMode:!1})}c.data=s,settle(a,n,c)}else{const d=[];let m=0;s.on("data",function(a){d.push(a),m+=a.length,y>-1&&m>y&&(S=!0,s.destroy(),abort(new Z("maxContentLength size of "+y+" exceeded",Z.ERR_BAD_RESPONSE,e,r)))}),s.on("aborted",function(){if(S)return;const a=new Z("stream has been aborted",Z.ERR_BAD_RESPONSE,e,r,c);s.destroy(a),n(a)}),s.on("error",function(a){S||n(Z.from(a,null,e,r,c))}),s.on("end",function(){try{let e=1===d.length?d[0]:Buffer.concat(d);"arraybuffer"!==f&&(e=e.toString(x),x&&"utf8"!==x||(e=M.stripBOM(e))),c.data=e}catch(a){return n(Z.from(a,null,e,c.request,c))}settle(a,n,c)})}A.once("abort",e=>{s.destroyed||(s.emit("error",e),s.destroy())})}),A.once("abort",e=>{_.close?_.close():_.destroy(e)}),_.on("error",function(a){n(Z.from(a,null,e,_))});const J=new Set;if(_.on("socket",function(e){"function"==typeof e.setKeepAlive&&e.setKeepAlive(!0,6e4),e[da]||(e.on("error",handleSocketError),e[da]=!0),e[ma]=_,J.add(e)}),_.once("close",function(){clearConnectPhaseTimer();for(const e of J)e[ma]===_&&(e[ma]=null);J.clear()}),own("timeout")){const a=parseInt(own("timeout"),10);if(Number.isNaN(a))return void abort(new Z("error trying to parse `config.timeout` to int",Z.ERR_BAD_OPTION_VALUE,e,_));const handleTimeout=function(){E||abort(function(){const a=own("timeout");let n=a?"timeout of "+a+"ms exceeded":"timeout exceeded";const t=own("timeoutErrorMessage");return t&&(n=t),new Z(n,o.clarifyTimeoutError?Z.ETIMEDOUT:Z.ECONNABORTED,e,_)}())};W&&a>0&&(R=setTimeout(handleTimeout,a)),_.setTimeout(a,handleTimeout)}else _.setTimeout(0);if(M.isStream(i)){let a=!1,n=!1;i.on("end",()=>{a=!0}),i.once("error",e=>{n=!0,_.destroy(e)}),i.on("close",()=>{a||n||abort(new Ee("Request stream has been aborted",e,_))});let t=i;if(g>-1){const a=g;let n=0;t=Le.pipeline([i,new Le.Transform({transform(t,o,i){if(n+=t.length,n>a)return i(new Z("Request body larger than maxBodyLength limit",Z.ERR_BAD_REQUEST,e,_));i(null,t)}})],M.noop),t.on("error",e=>{_.destroyed||_.destroy(e)})}t.pipe(_)}else i&&_.write(i),_.end()},new Promise((e,n)=>{let t,o;const done=(e,a)=>{o||(o=!0,t&&t(e,a))},_reject=e=>{done(e,!0),n(e)};a(a=>{done(a),e(a)},_reject,e=>t=e).catch(_reject)});var a},decodeCookieValue=e=>{try{return decodeURIComponent(e)}catch(a){return e}},Aa=be.hasStandardBrowserEnv?{write(e,a,n,t,o,i,s){if("undefined"==typeof document)return;const r=[`${e}=${encodeURIComponent(a)}`];M.isNumber(n)&&r.push(`expires=${new Date(n).toUTCString()}`),M.isString(t)&&r.push(`path=${t}`),M.isString(o)&&r.push(`domain=${o}`),!0===i&&r.push("secure"),M.isString(s)&&r.push(`SameSite=${s}`),document.cookie=r.join("; ")},read(e){if("undefined"==typeof document)return null;const a=document.cookie;if(!a)return null;const n=a.split(";");for(let a=0;a<n.length;a++){const t=n[a].replace(/^\s+/,""),o=t.indexOf("=");if(-1!==o&&t.slice(0,o)===e)return decodeCookieValue(t.slice(o+1))}return null},async readAsync(e){try{const a="undefined"!=typeof window&&window.cookieStore;if(a&&M.isFunction(a.get)){const n=await a.get(e);return n?decodeCookieValue(n.value):null}}catch(e){}return this.read(e)},remove(e){this.write(e,"",Date.now()-864e5,"/")}}:{write(){},read:()=>null,readAsync:async()=>null,remove(){}},Oa=be.hasStandardBrowserEnv?(e=>a=>(a=new URL(a,document.baseURI||be.origin),e.protocol===a.protocol&&e.host===a.host&&e.port===a.port))(new URL(be.origin)):()=>!0;const headersToObject=e=>e instanceof K?{...e}:e,ownEnumerableKeys=e=>Object.getOwnPropertySymbols&&Object.getOwnPropertyDescriptor?Object.keys(e).concat(Object.getOwnPropertySymbols(e).filter(a=>{const n=Object.getOwnPropertyDescriptor(e,a);return n&&n.enumerable})):Object.keys(e);function getMergedValue(e,a,n,t){return M.isPlainObject(e)&&M.isPlainObject(a)?M.merge.call({caseless:t},e,a):M.isPlainObject(a)?M.merge({},a):M.isArray(a)?a.slice():a}function mergeDeepProperties(e,a,n,t){return M.isUndefined(a)?M.isUndefined(e)?void 0:getMergedValue(void 0,e,0,t):getMergedValue(e,a,0,t)}function valueFromConfig2(e,a){if(!M.isUndefined(a))return getMergedValue(void 0,a)}function defaultToConfig2(e,a){return M.isUndefined(a)?M.isUndefined(e)?void 0:getMergedValue(void 0,e):getMergedValue(void 0,a)}function mergeDirectKeys(e,a,n,t,o){return M.hasOwnProp(o,n)?getMergedValue(e,a):M.hasOwnProp(t,n)?getMergedValue(void 0,e):void 0}const ja=Object.freeze({__proto__:null,value:Object.prototype.hasOwnProperty,enumerable:!1,writable:!0,configurable:!0}),Ta={url:valueFromConfig2,method:valueFromConfig2,data:valueFromConfig2,baseURL:defaultToConfig2,transformRequest:defaultToConfig2,transformResponse:defaultToConfig2,params:function(e,a){const n=[],t=new WeakMap,o={};function copy(e,a){if(!M.isPlainObject(a))return M.isArray(a)?a.slice():a;const i=M.isPlainObject(e)?e:o;let s=t.get(a);if(s||(s=new WeakMap,t.set(a,s)),s.has(i))return s.get(i);const r={};return s.set(i,r),n.push({base:i,source:a,result:r}),r}const i=M.isUndefined(a)?copy(void 0,e):copy(e,a);for(;n.length;){const{base:e,source:a,result:t}=n.pop(),o=new Set(ownEnumerableKeys(e)),i=new Set(ownEnumerableKeys(a));new Set([...o,...i]).forEach(n=>{if("__proto__"===n||"constructor"===n||"prototype"===n)return;const s=i.has(n),r=s?a[n]:void 0,c=s&&!M.isPlainObject(r)||!o.has(n)?void 0:e[n];t[n]=s?copy(c,r):copy(void 0,c)})}return function(e){const a=[{value:e}],n=new WeakSet,t=new WeakSet;for(;a.length;){const{value:e,done:o}=a.pop();if(!M.isPlainObject(e)&&!M.isArray(e))continue;if(o){n.delete(e);continue}if(n.has(e))throw new Z("Circular reference detected in params",Z.ERR_BAD_OPTION_VALUE);if(t.has(e))continue;t.add(e),n.add(e),a.push({value:e,done:!0});const i=Object.keys(e);Object.getOwnPropertySymbols&&Object.getOwnPropertyDescriptor&&Object.getOwnPropertySymbols(e).forEach(a=>{const n=Object.getOwnPropertyDescriptor(e,a);n&&n.enumerable&&i.push(a)}),i.forEach(n=>{if("__proto__"===n||"constructor"===n||"prototype"===n){const t=Object.getOwnPropertyDescriptor(e,n);t&&M.hasOwnProp(t,"value")&&a.push({value:t.value})}else a.push({value:e[n]})})}}(i),i},paramsSerializer:defaultToConfig2,timeout:defaultToConfig2,timeoutErrorMessage:defaultToConfig2,withCredentials:defaultToConfig2,withXSRFToken:defaultToConfig2,adapter:defaultToConfig2,responseType:defaultToConfig2,xsrfCookieName:defaultToConfig2,xsrfHeaderName:defaultToConfig2,onUploadProgress:defaultToConfig2,onDownloadProgress:defaultToConfig2,decompress:defaultToConfig2,maxContentLength:defaultToConfig2,maxBodyLength:defaultToConfig2,beforeRedirect:defaultToConfig2,transport:defaultToConfig2,httpAgent:defaultToConfig2,httpsAgent:defaultToConfig2,cancelToken:defaultToConfig2,socketPath:defaultToConfig2,allowedSocketPaths:defaultToConfig2,responseEncoding:defaultToConfig2,validateStatus:mergeDirectKeys,headers:function(e,a,n){return mergeDeepProperties(headersToObject(e),headersToObject(a),0,!0)}};function mergeConfig(e,a){e=e||{},a=a||{};const n=Object.create(null);Object.defineProperty(n,"hasOwnProperty",ja);const t=ownEnumerableKeys({...e,...a});for(let o=0,i=t.length;o<i;o++){const i=t[o];if("__proto__"===i||"constructor"===i||"prototype"===i)continue;const s=M.hasOwnProp(Ta,i)?Ta[i]:mergeDeepProperties,r=M.hasOwnProp(e,i)?e[i]:void 0,c=M.hasOwnProp(a,i)?a[i]:void 0,p=s===mergeDirectKeys?s(r,c,i,e,a):s(r,c,i);M.isUndefined(p)&&s!==mergeDirectKeys||(n[i]=p)}return M.hasOwnProp(a,"validateStatus")&&M.isUndefined(a.validateStatus)&&!1===function(e,a,n){const t=M.hasOwnProp(a,"transitional")?a.transitional:void 0;if(!M.isUndefined(t)){if(!M.isPlainObject(t))return;if(M.hasOwnProp(t,n))return t[n]}const o=M.hasOwnProp(e,"transitional")?e.transitional:void 0;if(M.isPlainObject(o)&&M.hasOwnProp(o,n))return o[n]}(e,a,"validateStatusUndefinedResolves")&&(M.hasOwnProp(e,"validateStatus")?n.validateStatus=getMergedValue(void 0,e.validateStatus):delete n.validateStatus),n}const encodeUTF8=e=>encodeURIComponent(e).replace(/%([0-9A-F]{2})/gi,(e,a)=>String.fromCharCode(parseInt(a,16))),readCookie=e=>Aa.read(e);const helpers_resolveConfig=function(e,a=readCookie){const n=mergeConfig({},e),own=e=>M.hasOwnProp(n,e)?n[e]:void 0,t=own("data");let o=own("withXSRFToken");const i=own("xsrfHeaderName"),s=own("xsrfCookieName");let r=own("headers");const c=own("auth"),p=own("baseURL"),l=own("allowAbsoluteUrls"),u=own("url");if(n.headers=r=K.from(r),n.url=buildURL(buildFullPath(p,u,l,n),own("params"),own("paramsSerializer")),c){const a=M.getSafeProp(c,"username")||"",n=M.getSafeProp(c,"password")||"",t=own("transitional"),o=t&&M.hasOwnProp(t,"encodeBasicAuthUsername")&&!0===t.encodeBasicAuthUsername;try{r.set("Authorization","Basic "+btoa((o?encodeUTF8(a):a)+":"+(n?encodeUTF8(n):"")))}catch(a){throw Z.from(a,Z.ERR_BAD_OPTION_VALUE,e)}}if(M.isFormData(t)){const e=M.getSafeProp(t,"getHeaders");be.hasStandardBrowserEnv||be.hasStandardBrowserWebWorkerEnv||M.isReactNative(t)?r.setContentType(void 0):M.isFunction(e)&&setFormDataHeaders(r,e.call(t),own("formDataHeaderPolicy"))}if(be.hasStandardBrowserEnv){M.isFunction(o)&&(o=o(n));if(!0===o||null==o&&Oa(n.url)){const e=i&&s&&a(s);e&&r.set(i,e)}}return n},Pa="undefined"!=typeof XMLHttpRequest&&function(e){return new Promise(function(a,n){let t,o;try{const e=be.hasStandardBrowserEnv&&"undefined"!=typeof window&&window.cookieStore;t=e&&M.isFunction(e.get)}catch(e){}const i=helpers_resolveConfig(e,t?e=>(o=e,null):void 0);let s=i.data;const r=K.from(i.headers).normalize();let c,p,l,u,d,m,f,{responseType:x,onUploadProgress:h,onDownloadProgress:v}=i;function done(){clearTimeout(p);try{d&&d()}catch(e){setTimeout(()=>{throw e})}try{m&&m()}catch(e){setTimeout(()=>{throw e})}b&&(u&&b.removeEventListener("progress",u),b.upload&&(l&&b.upload.removeEventListener("progress",l),d&&b.upload.removeEventListener("loadend",d))),i.cancelToken&&i.cancelToken.unsubscribe(c),i.signal&&i.signal.removeEventListener("abort",c)}let b=new XMLHttpRequest;function onloadend(t){if(!b)return;if(!(0!==b.status||"file"===(parseProtocol(normalizeURLForProtocolCheck(i.url))||parseProtocol(be.origin))||b.responseURL&&b.responseURL.startsWith("file:")))return n(new Z("Request aborted",Z.ECONNABORTED,e,b)),done(),void(b=null);try{t?f&&f(t):m&&m()}catch(e){setTimeout(()=>{throw e})}if(!b)return;const o=K.from("getAllResponseHeaders"in b&&b.getAllResponseHeaders());settle(function(e){a(e),done()},function(e){n(e),done()},{data:x&&"text"!==x&&"json"!==x?b.response:b.responseText,status:b.status,statusText:b.statusText,headers:o,config:e,request:b}),b=null}if(b.open(i.method.toUpperCase(),i.url,!0),b.timeout=i.timeout,"onloadend"in b?b.onloadend=onloadend:b.onreadystatechange=function(){b&&4===b.readyState&&(0!==b.status||b.responseURL&&b.responseURL.startsWith("file:"))&&setTimeout(onloadend)},b.onabort=function(){b&&(n(new Z("Request aborted",Z.ECONNABORTED,e,b)),done(),b=null)},b.onerror=function(a){const t=a&&a.message?a.message:"Network Error",o=new Z(t,Z.ERR_NETWORK,e,b);o.event=a||null,n(o),done(),b=null},b.ontimeout=function(){if(!b)return;let a=i.timeout?"timeout of "+i.timeout+"ms exceeded":"timeout exceeded";const t=i.transitional||ie;i.timeoutErrorMessage&&(a=i.timeoutErrorMessage),n(new Z(a,t.clarifyTimeoutError?Z.ETIMEDOUT:Z.ECONNABORTED,e,b)),done(),b=null},void 0===s&&r.setContentType(null),M.isUndefined(i.withCredentials)||(b.withCredentials=!!i.withCredentials),x&&"json"!==x&&(b.responseType=i.responseType),v&&([u,m,f]=progressEventReducer(v,!0),b.addEventListener("progress",u)),h&&b.upload&&([l,d]=progressEventReducer(h),b.upload.addEventListener("progress",l),b.upload.addEventListener("loadend",d)),i.cancelToken||i.signal){if(c=a=>{if(!b)return;n(!a||a.type?new Ee(null,e,b):a);const t=b;done(),b=null,t.abort()},i.cancelToken&&i.cancelToken.subscribe(c),!b)return;i.signal&&(i.signal.aborted?c():i.signal.addEventListener("abort",c))}if(!b)return;const g=parseProtocol(i.url);if(g&&!be.protocols.includes(g))return n(new Z("Unsupported protocol "+g+":",Z.ERR_BAD_REQUEST,e)),void done();const sendRequest=()=>{b&&("setRequestHeader"in b&&M.forEach(toByteStringHeaderObject(r),function(e,a){b.setRequestHeader(a,e)}),b.send(s||null))};if(o){const a="undefined"!=typeof performance&&M.isFunction(performance.now)?()=>performance.now():Date.now,t=b.timeout>0?a()+Number(b.timeout):void 0,abortOnTimeout=()=>{if(!b)return;const e=b;e.ontimeout(),e.abort()};if(void 0!==t){const scheduleTimeout=()=>{const e=t-a();e>0?p=setTimeout(scheduleTimeout,Math.min(e,2147483647)):abortOnTimeout()};scheduleTimeout()}Aa.readAsync(o).then(e=>{if(b)if(void 0!==t&&a()>=t)abortOnTimeout();else{if(e){const a=M.hasOwnProp(i,"xsrfHeaderName")&&i.xsrfHeaderName;r.set(a,e)}sendRequest()}}).catch(a=>{b&&(n(Z.from(a,null,e,b)),done(),b=null)})}else sendRequest()})},helpers_composeSignals=(e,a)=>{if(e=e?e.filter(Boolean):[],!a&&!e.length)return;const n=new AbortController;let t=!1;const onabort=function(e){if(!t){t=!0,unsubscribe();const a=e instanceof Error?e:this.reason;n.abort(a instanceof Z?a:new Ee(a instanceof Error?a.message:a))}};let o=a&&setTimeout(()=>{o=null,onabort(new Z(`timeout of ${a}ms exceeded`,Z.ETIMEDOUT))},a);const unsubscribe=()=>{e&&(o&&clearTimeout(o),o=null,e.forEach(e=>{const a=M.getSafeProp(e,"unsubscribe");M.isFunction(a)?a.call(e,onabort):e.removeEventListener("abort",onabort)}),e=null)};e.forEach(e=>{t||(e.aborted?onabort.call(e):e.addEventListener("abort",onabort,{once:!0}))});const{signal:i}=n;return i.unsubscribe=()=>M.asap(unsubscribe),i},streamChunk=function*(e,a){let n=e.byteLength;if(!a||n<a)return void(yield e);let t,o=0;for(;o<n;)t=o+a,yield e.slice(o,t),o=t},readStream=async function*(e){if(e[Symbol.asyncIterator])return void(yield*e);const a=e.getReader();try{for(;;){const{done:e,value:n}=await a.read();if(e)break;yield n}}finally{await a.cancel()}},trackStream=(e,a,n,t)=>{const o=async function*(e,a){for await(const n of readStream(e))yield*streamChunk(n,a)}(e,a);let i,s=0,_onFinish=e=>{i||(i=!0,t&&t(e))};return new ReadableStream({async pull(e){try{const{done:a,value:t}=await o.next();if(a)return _onFinish(),void e.close();let i=t.byteLength;if(n){let e=s+=i;n(e)}e.enqueue(new Uint8Array(t))}catch(e){throw _onFinish(e),e}},cancel:e=>(_onFinish(e),o.return())},{highWaterMark:2})},Ca="\r\n",normalizeLines=e=>String(e).replace(/\r\n|\r|\n/g,Ca),escapeName=e=>String(e).replace(/[\r\n"]/g,e=>"\r"===e?"%0D":"\n"===e?"%0A":"%22"),stringBytes=(e,a)=>{let n=0;for(let t=0;t<e.length;t++){const o=e.charCodeAt(t);!a||13!==o&&10!==o?o<128?n++:o<2048?n+=2:o>=55296&&o<=56319&&e.charCodeAt(t+1)>=56320&&e.charCodeAt(t+1)<=57343?(n+=4,t++):n+=3:(13===o&&10===e.charCodeAt(t+1)&&t++,n+=2)}return n};class FormDataError extends TypeError{constructor(e,a){super(e),this.name="FormDataError",this.reason=a}}function createMultipartBody(e,a,n,t,o){if(!M.isFunction(a))throw new Z("Blob is not supported",Z.ERR_NOT_SUPPORT);if(void 0===o)if(M.isFunction(be.generateString))o="axios-"+be.generateString(36,"0123456789abcdef");else{const e=M.global.crypto;if(!e||!M.isFunction(e.getRandomValues))throw new Z("Random byte generation is not supported",Z.ERR_NOT_SUPPORT);const a=new Uint8Array(18);e.getRandomValues(a),o="axios-"+Array.from(a,e=>("0"+e.toString(16)).slice(-2)).join("")}try{return function(e,a,n,t,o){if(!M.isFunction(a))throw new FormDataError("Blob is not supported","blob");if(!M.isString(o)||!/^[A-Za-z0-9'()+_,./:=? -]{1,70}$/.test(o)||/ $/.test(o))throw new FormDataError("Invalid multipart boundary","boundary");const i="--"+o+"--"+Ca;let s=i.length;const r=[],checkLength=e=>{if(s+e>n)throw t()};checkLength(0);for(const[a,n]of e){const e=M.isString(n),t=e?stringBytes(n,!0):n.size;if(!Number.isFinite(t)||t<0)throw new FormDataError("Unsupported FormData part size","part");checkLength(t+stringBytes(a,!0)+(!e&&n.name?stringBytes(n.name,!1):0)+(!e&&n.type?stringBytes(n.type,!1):0));let i="--"+o+'\r\nContent-Disposition: form-data; name="'+escapeName(normalizeLines(a))+'"';e||(i+='; filename="'+escapeName(M.isString(n.name)?n.name:"blob")+'"\r\nContent-Type: '+String(n.type||"application/octet-stream").replace(/[\r\n]/g,"")),i+=Ca+Ca;const c=stringBytes(i,!1)+t+2;checkLength(c),s+=c,r.push({header:i,value:n,isString:e})}const c=[];for(const e of r)c.push(e.header,e.isString?normalizeLines(e.value):e.value,Ca);return c.push(i),new a(c,{type:"multipart/form-data; boundary="+o})}(e,a,n,t,o)}catch(e){if(e instanceof FormDataError){const a="boundary"===e.reason?Z.ERR_BAD_OPTION_VALUE:Z.ERR_BAD_REQUEST;throw new Z(e.message,a)}throw e}}const Na={cache:"default",redirect:"follow",referrer:"about:client",referrerPolicy:"",mode:"cors",integrity:"",keepalive:!1,priority:"auto",window:null},{isFunction:Ua}=M,fetch_decodeURIComponentSafe=e=>{if(!M.isString(e))return e;try{return decodeURIComponent(e)}catch(a){return e}},test=(e,...a)=>{try{return!!e(...a)}catch(e){return!1}},factory=e=>{const a=void 0!==M.global&&null!==M.global?M.global:globalThis,{ReadableStream:n,TextEncoder:t}=a;e=M.merge.call({skipUndefined:!0},{Request:a.Request,Response:a.Response,Blob:a.Blob},e);const o=M.hasOwnProp(e,"fetch")?e.fetch:void 0,{Request:i,Response:s,Blob:r}=e,c=o?Ua(o):"function"==typeof fetch,p=Ua(i),l=Ua(s);if(!c)return!1;const u=c&&Ua(n),d=c&&("function"==typeof t?(m=new t,e=>m.encode(e)):async e=>new Uint8Array(await new i(e).arrayBuffer()));var m;const f=p&&u&&test(()=>{let e=!1;const a=new i(be.origin,{body:new n,method:"POST",get duplex(){return e=!0,"half"}}),t=a.headers.has("Content-Type");return null!=a.body&&a.body.cancel(),e&&!t}),x=l&&u&&test(()=>M.isReadableStream(new s("").body)),h=Object.assign(Object.create(null),Na);p&&!test(()=>new i(be.origin,h))&&(delete h.cache,test(()=>new i(be.origin,h))||(h.cache=Na.cache));const v={stream:x&&(e=>e.body)};c&&["text","arrayBuffer","blob","formData","stream"].forEach(e=>{!v[e]&&(v[e]=(a,n)=>{let t=a&&a[e];if(t)return t.call(a);throw new Z(`Response type '${e}' is not supported`,Z.ERR_NOT_SUPPORT,n)})});const getBodyLength=async e=>null==e?0:M.isBlob(e)?e.size:M.isArrayBufferView(e)||M.isArrayBuffer(e)?e.byteLength:(M.isURLSearchParams(e)&&(e+=""),M.isString(e)?(await d(e)).byteLength:void 0);return async e=>{let{url:a,method:n,data:c,signal:l,cancelToken:d,timeout:m,onDownloadProgress:b,onUploadProgress:g,responseType:y,headers:w,withCredentials:E="same-origin",fetchOptions:_,maxContentLength:R,maxBodyLength:S,maxRedirects:k}=helpers_resolveConfig(e);const A=M.isNumber(R)&&R>-1,O=M.isNumber(S)&&S>-1,own=a=>M.hasOwnProp(e,a)?e[a]:void 0;let j=o||fetch;y=y?(y+"").toLowerCase():"text";let T=helpers_composeSignals([l,d&&d.toAbortSignal()],m),P=null;const C=T&&T.unsubscribe&&(()=>{T.unsubscribe()});let N,U=null,D=null;const maxBodyLengthError=()=>new Z("Request body larger than maxBodyLength limit",Z.ERR_BAD_REQUEST,e,P);try{let o;const l=own("auth");if(l){const e=M.getSafeProp(l,"username")||"";o={username:e,password:M.getSafeProp(l,"password")||""}}let d;if((e=>{const a=e.indexOf("://");let n=e;return-1!==a&&(n=n.slice(a+3)),n.includes("@")||n.includes(":")})(a)){if(d=new URL(a,be.origin),!o&&(d.username||d.password)){const e=fetch_decodeURIComponentSafe(d.username);o={username:e,password:fetch_decodeURIComponentSafe(d.password)}}(d.username||d.password)&&(d.username="",d.password="",a=d.href)}if(o&&(w.delete("authorization"),w.set("Authorization","Basic "+btoa((L=(o.username||"")+":"+(o.password||""),encodeURIComponent(L).replace(/%([0-9A-F]{2})/gi,(e,a)=>String.fromCharCode(parseInt(a,16))))))),A&&d&&"data:"===d.protocol){const a=function(e){const a="string"==typeof e?e.indexOf("#"):-1;return estimateDataURLBytes(-1===a?e:e.slice(0,a),estimatePercentDecodedBase64Bytes,/; *base64[\t\n\f\r ]*$/i)}(d.href);if(a>R)throw new Z("maxContentLength size of "+R+" exceeded",Z.ERR_BAD_RESPONSE,e,P)}const m=M.isSpecCompliantForm(c)&&K.from(own("headers")).getContentType();let F;if(M.isString(m)&&/^multipart\/form-data(?:\s*;|$)/i.test(m.trim())){const e=K.parseParameters(m);M.hasOwnProp(e,"boundary")&&(F=e.boundary)}if(M.isSpecCompliantForm(c)&&"get"!==n&&"head"!==n&&(O||g&&f||void 0!==F)&&(c=createMultipartBody(c,r,O?S:1/0,maxBodyLengthError,F),w.setContentType(void 0===F?c.type:m),N=c.size),O&&"get"!==n&&"head"!==n){const e=await getBodyLength(c);if("number"==typeof e&&isFinite(e)&&(N=e,e>S))throw maxBodyLengthError()}const z=O&&(M.isReadableStream(c)||M.isStream(c)),trackRequestStream=(e,a,n)=>trackStream(e,65536,e=>{if(O&&e>S)throw U=maxBodyLengthError();a&&a(e)},n);if(f&&"get"!==n&&"head"!==n&&(g||z)){if(N=null==N?await(async(e,a)=>{const n=M.toFiniteNumber(e.getContentLength());return null==n?getBodyLength(a):n})(w,c):N,0!==N||z){let e,n=new i(a,{method:"POST",body:c,duplex:"half"});if(M.isFormData(c)&&(e=n.headers.get("content-type"))&&w.setContentType(e),n.body){const[e,a]=g&&progressEventDecorator(N,progressEventReducer(asyncDecorator(g)))||[];c=trackRequestStream(n.body,e,a)}}}else if(z&&!p&&u&&"get"!==n&&"head"!==n)c=trackRequestStream(c);else if(z&&p&&!f&&"get"!==n&&"head"!==n)throw new Z("Stream request bodies are not supported by the current fetch implementation",Z.ERR_NOT_SUPPORT,e,P);M.isString(E)||(E=E?"include":"omit");const B=p&&"credentials"in i.prototype;if(M.isFormData(c)){const e=w.getContentType();e&&/^multipart\/form-data/i.test(e)&&!/boundary=/i.test(e)&&w.delete("content-type")}w.set("User-Agent","axios/"+Ue,!1);const I=null==_?_:Object.assign(Object.create(null),_);I&&(delete I.body,delete I.headers,delete I.method,delete I.signal,delete I.duplex,delete I.credentials);const q=Object.assign(Object.create(null),I,{signal:T,method:n.toUpperCase(),headers:toByteStringHeaderObject(w.normalize()),body:c,duplex:"half",credentials:B?E:void 0});p&&(M.forEach(h,(e,a)=>{void 0===q[a]&&(q[a]=e)}),void 0===q.signal&&(q.signal=null),void 0===q.body&&(q.body=null)),0===k&&(q.redirect="manual",I&&(I.redirect="manual")),P=p&&new i(a,q);let H=await(p?j(P,I):j(a,q));const $=K.from(H.headers);if(A){const a=M.toFiniteNumber($.getContentLength());if(null!=a&&a>R)throw new Z("maxContentLength size of "+R+" exceeded",Z.ERR_BAD_RESPONSE,e,P)}const V=x&&("stream"===y||"response"===y);if(x&&H.body&&(b||A||V&&C)){const a={};["status","statusText","headers"].forEach(e=>{a[e]=H[e]});const n=M.toFiniteNumber($.getContentLength()),[t,o]=b&&progressEventDecorator(n,progressEventReducer(asyncDecorator(b),!0))||[];let i=0;const onChunkProgress=a=>{if(A&&(i=a,i>R))throw D=new Z("maxContentLength size of "+R+" exceeded",Z.ERR_BAD_RESPONSE,e,P);t&&t(a)};H=new s(trackStream(H.body,65536,onChunkProgress,()=>{o&&o(),C&&C()}),a)}y=y||"text";let W=await v[M.findKey(v,y)||"text"](H,e);if(A&&!x&&!V){let a;if(null!=W&&("number"==typeof W.byteLength?a=W.byteLength:"number"==typeof W.size?a=W.size:"string"==typeof W&&(a="function"==typeof t?(new t).encode(W).byteLength:W.length)),"number"==typeof a&&a>R)throw new Z("maxContentLength size of "+R+" exceeded",Z.ERR_BAD_RESPONSE,e,P)}return!V&&C&&C(),await new Promise((a,n)=>{settle(a,n,{data:W,headers:K.from(H.headers),status:H.status,statusText:H.statusText,config:e,request:P})})}catch(a){if(C&&C(),T&&T.aborted&&T.reason instanceof Z){const n=T.reason;throw n.config=e,P&&(n.request=P),a!==n&&Object.defineProperty(n,"cause",{__proto__:null,value:a,writable:!0,enumerable:!1,configurable:!0}),n}if(U)throw P&&!U.request&&(U.request=P),U;if(D)throw D;if(a instanceof Z)throw P&&!a.request&&(a.request=P),a;if(a&&"TypeError"===a.name&&/Load failed|fetch/i.test(a.message)){const n=new Z("Network Error",Z.ERR_NETWORK,e,P,a&&a.response);throw Object.defineProperty(n,"cause",{__proto__:null,value:a.cause||a,writable:!0,enumerable:!1,configurable:!0}),n}throw Z.from(a,a&&a.code,e,P,a&&a.response)}var L}},Da=new Map,getFetch=e=>{const a=Object.create(null),n=e&&M.hasOwnProp(e,"env")&&e.env;["fetch","Request","Response","Blob"].forEach(e=>{n&&M.hasOwnProp(n,e)&&(a[e]=n[e])});const{fetch:t,Request:o,Response:i,Blob:s}=a,r=[o,i,t,s];let c,p,l=r.length,u=Da;for(;l--;)c=r[l],p=u.get(c),void 0===p&&u.set(c,p=l?new Map:factory(a)),u=p;return p},La=(getFetch(),{http:ka,xhr:Pa,fetch:{get:getFetch}});M.forEach(La,(e,a)=>{if(e){try{Object.defineProperty(e,"name",{__proto__:null,value:a})}catch(e){}Object.defineProperty(e,"adapterName",{__proto__:null,value:a})}});const renderReason=e=>`- ${e}`,isResolvedHandle=e=>M.isFunction(e)||null===e||!1===e;const Fa={getAdapter:function(e,a){e=M.isArray(e)?e:[e];const{length:n}=e;let t,o;const i={};for(let s=0;s<n;s++){let n;if(t=e[s],o=t,!isResolvedHandle(t)&&(o=La[(n=String(t)).toLowerCase()],void 0===o))throw new Z(`Unknown adapter '${n}'`);if(o&&(M.isFunction(o)||(o=o.get(a))))break;i[n||"#"+s]=o}if(!o){const e=Object.entries(i).map(([e,a])=>`adapter ${e} `+(!1===a?"is not supported by the environment":"is not available in the build"));let a=n?e.length>1?"since :\n"+e.map(renderReason).join("\n"):" "+renderReason(e[0]):"as no adapter specified";throw new Z("There is no suitable adapter to dispatch the request "+a,Z.ERR_NOT_SUPPORT)}return o},adapters:La};function throwIfCancellationRequested(e){if(e.cancelToken&&e.cancelToken.throwIfRequested(),e.signal&&e.signal.aborted)throw new Ee(null,e)}function elapsedSince(e,a){return Math.max(0,Math.round(e()-a))}function dispatchRequest(e){const a=M.toSafeFlatObject(e);throwIfCancellationRequested(a),a.headers=K.from(M.getSafeProp(a,"headers")),a.data=transformData.call(a,a.transformRequest),-1!==["post","put","patch"].indexOf(a.method)&&a.headers.setContentType("application/x-www-form-urlencoded",!1);const n=Fa.getAdapter(a.adapter||we.adapter,a),t="undefined"!=typeof performance&&M.isFunction(performance.now)?()=>performance.now():Date.now,o=t();return n(a).then(function(e){throwIfCancellationRequested(a),e.duration=elapsedSince(t,o),a.response=e;try{e.data=transformData.call(a,a.transformResponse,e)}finally{delete a.response}return e.headers=K.from(e.headers),e},function(e){if(!isCancel(e)&&(throwIfCancellationRequested(a),e&&e.response)){e.response.duration=elapsedSince(t,o),a.response=e.response;try{e.response.data=transformData.call(a,a.transformResponse,e.response)}finally{delete a.response}e.response.headers=K.from(e.response.headers)}return Promise.reject(e)})}const za={};["object","boolean","number","function","string","symbol"].forEach((e,a)=>{za[e]=function(n){return typeof n===e||"a"+(a<1?"n ":" ")+e}});const Ba={};za.transitional=function(e,a,n){function formatMessage(e,a){return"[Axios v"+Ue+"] Transitional option '"+e+"'"+a+(n?". "+n:"")}return(n,t,o)=>{if(!1===e)throw new Z(formatMessage(t," has been removed"+(a?" in "+a:"")),Z.ERR_DEPRECATED);return a&&!Ba[t]&&(Ba[t]=!0,console.warn(formatMessage(t," has been deprecated since v"+a+" and will be removed in the near future"))),!e||e(n,t,o)}},za.spelling=function(e){return(a,n)=>(console.warn(`${n} is likely a misspelling of ${e}`),!0)};const Ia={assertOptions:function(e,a,n){if("object"!=typeof e||null===e)throw new Z("options must be an object",Z.ERR_BAD_OPTION_VALUE);const t=Object.keys(e);let o=t.length;for(;o-- >0;){const i=t[o],s=Object.prototype.hasOwnProperty.call(a,i)?a[i]:void 0;if(s){const a=e[i],n=void 0===a||s(a,i,e);if(!0!==n)throw new Z("option "+i+" must be "+n,Z.ERR_BAD_OPTION_VALUE);continue}if(!0!==n)throw new Z("Unknown option "+i,Z.ERR_BAD_OPTION)}},validators:za},qa=Ia.validators,isHeadersBucket=e=>{if(null==e||M.isPlainObject(e)||e instanceof K)return!0;try{return M.isObject(e)&&"AxiosHeaders"===M.getSafeProp(e,Symbol.toStringTag)&&["toJSON","set","get","has","delete","clear","normalize","concat","toString",Symbol.iterator].every(a=>M.isFunction(M.getSafeProp(e,a)))}catch(e){return!1}};class Axios{constructor(e){this.defaults=e||{},this.interceptors={request:new oe,response:new oe}}async request(e,a){try{return await this._request(e,a)}catch(e){if(e instanceof Error)try{let a={};Error.captureStackTrace?Error.captureStackTrace(a):a=new Error;const n=a.stack;let t="";if("string"==typeof n){const e=n.indexOf("\n");t=-1===e?"":n.slice(e+1)}if(e.stack){if(t){const a=t.indexOf("\n"),n=-1===a?-1:t.indexOf("\n",a+1),o=-1===n?t:t.slice(n+1),i=String(e.stack),s=function(e,a){const n=M.hasOwnProp(e,X)&&e[X];return n&&a.endsWith(n)?a.length-n.length:-1}(e,i),r=-1===s?i:i.slice(0,s),c=-1===s?"":i.slice(s);r.endsWith(o)||(e.stack=r+"\n"+t+c)}}else e.stack=t}catch(e){}throw e}}_request(e,a){"string"==typeof e?(a=a||{}).url=e:a=e||{},a=mergeConfig(this.defaults,a);const{transitional:n,paramsSerializer:t,headers:o}=a;void 0!==n&&Ia.assertOptions(n,{silentJSONParsing:qa.transitional(qa.boolean),forcedJSONParsing:qa.transitional(qa.boolean),clarifyTimeoutError:qa.transitional(qa.boolean),legacyInterceptorReqResOrdering:qa.transitional(qa.boolean),advertiseZstdAcceptEncoding:qa.transitional(qa.boolean),validateStatusUndefinedResolves:qa.transitional(qa.boolean),encodeBasicAuthUsername:qa.transitional(qa.boolean)},!1),null!=t&&(M.isFunction(t)?a.paramsSerializer={serialize:t}:Ia.assertOptions(t,{encode:qa.function,serialize:qa.function},!0)),void 0!==a.allowAbsoluteUrls||(M.hasOwnProp(this.defaults,"allowAbsoluteUrls")&&void 0!==this.defaults.allowAbsoluteUrls?a.allowAbsoluteUrls=this.defaults.allowAbsoluteUrls:a.allowAbsoluteUrls=!0),Ia.assertOptions(a,{baseUrl:qa.spelling("baseURL"),withXsrfToken:qa.spelling("withXSRFToken")},!0),a.method=(M.getSafeProp(a,"method")||M.getSafeProp(this.defaults,"method")||"get").toLowerCase();const i=M.getSafeProp(o,"common"),s=M.getSafeProp(o,a.method),r=o&&M.merge(isHeadersBucket(i)?i:void 0,isHeadersBucket(s)?s:void 0);o&&M.forEach(ge.concat("common"),e=>{isHeadersBucket(M.getSafeProp(o,e))&&delete o[e]}),a.headers=K.concat(r,o);const c=[];let p=!0;this.interceptors.request.forEach(function(e){if("function"==typeof e.runWhen&&!1===e.runWhen(a))return;p=p&&e.synchronous;const n=a.transitional||ie;n&&n.legacyInterceptorReqResOrdering?c.unshift(e.fulfilled,e.rejected):c.push(e.fulfilled,e.rejected)});const l=[];let u;this.interceptors.response.forEach(function(e){l.push(e.fulfilled,e.rejected)});let d,m=0;if(!p){const e=[dispatchRequest.bind(this),void 0];for(e.unshift(...c),e.push(...l),d=e.length,u=Promise.resolve(a);m<d;)u=u.then(e[m++],e[m++]);return u}d=c.length;let f=a;for(;m<d;){const e=c[m++],a=c[m++];try{f=e?e(f):f}catch(e){if(!a){u=Promise.reject(e);break}try{const n=a.call(this,e);M.isThenable(n)&&(u=Promise.resolve(n).then(()=>dispatchRequest.call(this,f)))}catch(e){u=Promise.reject(e)}break}}if(!u)try{u=dispatchRequest.call(this,f)}catch(e){u=Promise.reject(e)}for(m=0,d=l.length;m<d;)u=u.then(l[m++],l[m++]);return u}getUri(e){return buildURL(buildFullPath((e=mergeConfig(this.defaults,e)).baseURL,e.url,e.allowAbsoluteUrls,e),e.params,e.paramsSerializer)}}M.forEach(["delete","get","head","options"],function(e){Axios.prototype[e]=async function(a,n){return this.request(mergeConfig(n||{},{method:e,url:a,data:n&&M.hasOwnProp(n,"data")?n.data:void 0}))}}),M.forEach(["post","put","patch","query"],function(e){function generateHTTPMethod(a){return async function(n,t,o){return this.request(mergeConfig(o||{},{method:e,headers:a?{"Content-Type":"multipart/form-data"}:{},url:n,data:t}))}}Axios.prototype[e]=generateHTTPMethod(),"query"!==e&&(Axios.prototype[e+"Form"]=generateHTTPMethod(!0))});const Ma=Axios;class CancelToken{constructor(e){if("function"!=typeof e)throw new TypeError("executor must be a function.");let a;this.promise=new Promise(function(e){a=e});const n=this;this.promise.then(e=>{if(!n._listeners)return;let a=n._listeners.length;for(;a-- >0;)n._listeners[a](e);n._listeners=null}),this.promise.then=e=>{let a;const t=new Promise(e=>{n.subscribe(e),a=e}).then(e);return t.cancel=function(){n.unsubscribe(a)},t},e(function(e,t,o){n.reason||(n.reason=new Ee(e,t,o),a(n.reason))})}throwIfRequested(){if(this.reason)throw this.reason}subscribe(e){this.reason?e(this.reason):this._listeners?this._listeners.push(e):this._listeners=[e]}unsubscribe(e){if(!this._listeners)return;const a=this._listeners.indexOf(e);-1!==a&&this._listeners.splice(a,1)}toAbortSignal(){const e=new AbortController,abort=a=>{e.abort(a)};return this.subscribe(abort),e.signal.unsubscribe=()=>this.unsubscribe(abort),e.signal}static source(){let e;return{token:new CancelToken(function(a){e=a}),cancel:e}}}const Ha=CancelToken;const $a={Continue:100,SwitchingProtocols:101,Processing:102,EarlyHints:103,Ok:200,Created:201,Accepted:202,NonAuthoritativeInformation:203,NoContent:204,ResetContent:205,PartialContent:206,MultiStatus:207,AlreadyReported:208,ImUsed:226,MultipleChoices:300,MovedPermanently:301,Found:302,SeeOther:303,NotModified:304,UseProxy:305,Unused:306,TemporaryRedirect:307,PermanentRedirect:308,BadRequest:400,Unauthorized:401,PaymentRequired:402,Forbidden:403,NotFound:404,MethodNotAllowed:405,NotAcceptable:406,ProxyAuthenticationRequired:407,RequestTimeout:408,Conflict:409,Gone:410,LengthRequired:411,PreconditionFailed:412,PayloadTooLarge:413,ContentTooLarge:413,UriTooLong:414,UnsupportedMediaType:415,RangeNotSatisfiable:416,ExpectationFailed:417,ImATeapot:418,MisdirectedRequest:421,UnprocessableEntity:422,UnprocessableContent:422,Locked:423,FailedDependency:424,TooEarly:425,UpgradeRequired:426,PreconditionRequired:428,TooManyRequests:429,RequestHeaderFieldsTooLarge:431,UnavailableForLegalReasons:451,InternalServerError:500,NotImplemented:501,BadGateway:502,ServiceUnavailable:503,GatewayTimeout:504,HttpVersionNotSupported:505,VariantAlsoNegotiates:506,InsufficientStorage:507,LoopDetected:508,NotExtended:510,NetworkAuthenticationRequired:511,WebServerReturnsAnUnknownError:520,WebServerIsDown:521,ConnectionTimedOut:522,OriginIsUnreachable:523,TimeoutOccurred:524,SslHandshakeFailed:525,InvalidSslCertificate:526};Object.entries($a).forEach(([e,a])=>{void 0===$a[a]&&($a[a]=e)});const Va=$a;const Wa=function createInstance(e){const a=new Ma(e),n=bind(Ma.prototype.request,a);return M.extend(n,Ma.prototype,a,{allOwnKeys:!0}),M.extend(n,a,null,{allOwnKeys:!0}),n.create=function(a){return createInstance(mergeConfig(e,a))},n}(we);Wa.Axios=Ma,Wa.CanceledError=Ee,Wa.CancelToken=Ha,Wa.isCancel=isCancel,Wa.VERSION=Ue,Wa.toFormData=helpers_toFormData,Wa.AxiosError=Z,Wa.Cancel=Wa.CanceledError,Wa.all=function(e){return Promise.all(e)},Wa.spread=function(e){return function(a){return e.apply(null,a)}},Wa.isAxiosError=function(e){return M.isObject(e)&&!0===e.isAxiosError},Wa.mergeConfig=mergeConfig,Wa.AxiosHeaders=K,Wa.formToJSON=e=>helpers_formDataToJSON(M.isHTMLForm(e)?new FormData(e):e),Wa.getAdapter=Fa.getAdapter,Wa.HttpStatusCode=Va,Wa.default=Wa;const Ga=Wa},15521:(e,a,n)=>{n.d(a,{ht:()=>probit});var t=1e-4;var BayesianClassifier=function(){this.totalCount=0,this.data={}};BayesianClassifier.prototype.train=function(e,a){for(var n in this.data[a]||(this.data[a]={}),e){var t=e[n];void 0===this.data[a][n]&&(this.data[a][n]={}),void 0===this.data[a][n][t]&&(this.data[a][n][t]=0),this.data[a][n][t]++}this.totalCount++},BayesianClassifier.prototype.score=function(e){var a,n={};for(var t in e){var o=e[t];for(a in this.data)void 0===n[a]&&(n[a]={}),this.data[a][t]?n[a][t+"_"+o]=(this.data[a][t][o]||0)/this.totalCount:n[a][t+"_"+o]=0}var i={};for(a in n)for(var s in i[a]=0,n[a])i[a]+=n[a][s];return i};Math.log(Math.sqrt(2*Math.PI));var o=Math.sqrt(2*Math.PI);function cumulativeDistribution(e){for(var a=e,n=e,t=1;t<30;t++)a+=n*=e*e/(2*t+1);return Math.round(1e4*(.5+a/o*Math.exp(-e*e/2)))/1e4}for(var i=[],s=0;s<=3.09;s+=.01)i.push(cumulativeDistribution(s));Math.sqrt(2*Math.PI);var PerceptronModel=function(){this.weights=[],this.bias=0};function probit(e){return 0===e?e=t:e>=1&&(e=1-t),Math.sqrt(2)*(a=2*e-1,n=8*(Math.PI-3)/(3*Math.PI*(4-Math.PI)),o=Math.sqrt(Math.sqrt(Math.pow(2/(Math.PI*n)+Math.log(1-a*a)/2,2)-Math.log(1-a*a)/n)-(2/(Math.PI*n)+Math.log(1-a*a)/2)),a>=0?o:-o);var a,n,o}PerceptronModel.prototype.predict=function(e){if(e.length!==this.weights.length)return null;for(var a=0,n=0;n<this.weights.length;n++)a+=this.weights[n]*e[n];return(a+=this.bias)>0?1:0},PerceptronModel.prototype.train=function(e,a){if(0!==a&&1!==a)return null;e.length!==this.weights.length&&(this.weights=e.slice(),this.bias=1);var n=this.predict(e);if("number"==typeof n&&n!==a){for(var t=a-n,o=0;o<this.weights.length;o++)this.weights[o]+=t*e[o];this.bias+=t}return this}},81813:e=>{e.exports=JSON.parse('{"application/1d-interleaved-parityfec":{"source":"iana"},"application/3gpdash-qoe-report+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/3gpp-ims+xml":{"source":"iana","compressible":true},"application/3gpphal+json":{"source":"iana","compressible":true},"application/3gpphalforms+json":{"source":"iana","compressible":true},"application/a2l":{"source":"iana"},"application/ace+cbor":{"source":"iana"},"application/activemessage":{"source":"iana"},"application/activity+json":{"source":"iana","compressible":true},"application/alto-costmap+json":{"source":"iana","compressible":true},"application/alto-costmapfilter+json":{"source":"iana","compressible":true},"application/alto-directory+json":{"source":"iana","compressible":true},"application/alto-endpointcost+json":{"source":"iana","compressible":true},"application/alto-endpointcostparams+json":{"source":"iana","compressible":true},"application/alto-endpointprop+json":{"source":"iana","compressible":true},"application/alto-endpointpropparams+json":{"source":"iana","compressible":true},"application/alto-error+json":{"source":"iana","compressible":true},"application/alto-networkmap+json":{"source":"iana","compressible":true},"application/alto-networkmapfilter+json":{"source":"iana","compressible":true},"application/alto-updatestreamcontrol+json":{"source":"iana","compressible":true},"application/alto-updatestreamparams+json":{"source":"iana","compressible":true},"application/aml":{"source":"iana"},"application/andrew-inset":{"source":"iana","extensions":["ez"]},"application/applefile":{"source":"iana"},"application/applixware":{"source":"apache","extensions":["aw"]},"application/at+jwt":{"source":"iana"},"application/atf":{"source":"iana"},"application/atfx":{"source":"iana"},"application/atom+xml":{"source":"iana","compressible":true,"extensions":["atom"]},"application/atomcat+xml":{"source":"iana","compressible":true,"extensions":["atomcat"]},"application/atomdeleted+xml":{"source":"iana","compressible":true,"extensions":["atomdeleted"]},"application/atomicmail":{"source":"iana"},"application/atomsvc+xml":{"source":"iana","compressible":true,"extensions":["atomsvc"]},"application/atsc-dwd+xml":{"source":"iana","compressible":true,"extensions":["dwd"]},"application/atsc-dynamic-event-message":{"source":"iana"},"application/atsc-held+xml":{"source":"iana","compressible":true,"extensions":["held"]},"application/atsc-rdt+json":{"source":"iana","compressible":true},"application/atsc-rsat+xml":{"source":"iana","compressible":true,"extensions":["rsat"]},"application/atxml":{"source":"iana"},"application/auth-policy+xml":{"source":"iana","compressible":true},"application/bacnet-xdd+zip":{"source":"iana","compressible":false},"application/batch-smtp":{"source":"iana"},"application/bdoc":{"compressible":false,"extensions":["bdoc"]},"application/beep+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/calendar+json":{"source":"iana","compressible":true},"application/calendar+xml":{"source":"iana","compressible":true,"extensions":["xcs"]},"application/call-completion":{"source":"iana"},"application/cals-1840":{"source":"iana"},"application/captive+json":{"source":"iana","compressible":true},"application/cbor":{"source":"iana"},"application/cbor-seq":{"source":"iana"},"application/cccex":{"source":"iana"},"application/ccmp+xml":{"source":"iana","compressible":true},"application/ccxml+xml":{"source":"iana","compressible":true,"extensions":["ccxml"]},"application/cdfx+xml":{"source":"iana","compressible":true,"extensions":["cdfx"]},"application/cdmi-capability":{"source":"iana","extensions":["cdmia"]},"application/cdmi-container":{"source":"iana","extensions":["cdmic"]},"application/cdmi-domain":{"source":"iana","extensions":["cdmid"]},"application/cdmi-object":{"source":"iana","extensions":["cdmio"]},"application/cdmi-queue":{"source":"iana","extensions":["cdmiq"]},"application/cdni":{"source":"iana"},"application/cea":{"source":"iana"},"application/cea-2018+xml":{"source":"iana","compressible":true},"application/cellml+xml":{"source":"iana","compressible":true},"application/cfw":{"source":"iana"},"application/city+json":{"source":"iana","compressible":true},"application/clr":{"source":"iana"},"application/clue+xml":{"source":"iana","compressible":true},"application/clue_info+xml":{"source":"iana","compressible":true},"application/cms":{"source":"iana"},"application/cnrp+xml":{"source":"iana","compressible":true},"application/coap-group+json":{"source":"iana","compressible":true},"application/coap-payload":{"source":"iana"},"application/commonground":{"source":"iana"},"application/conference-info+xml":{"source":"iana","compressible":true},"application/cose":{"source":"iana"},"application/cose-key":{"source":"iana"},"application/cose-key-set":{"source":"iana"},"application/cpl+xml":{"source":"iana","compressible":true,"extensions":["cpl"]},"application/csrattrs":{"source":"iana"},"application/csta+xml":{"source":"iana","compressible":true},"application/cstadata+xml":{"source":"iana","compressible":true},"application/csvm+json":{"source":"iana","compressible":true},"application/cu-seeme":{"source":"apache","extensions":["cu"]},"application/cwt":{"source":"iana"},"application/cybercash":{"source":"iana"},"application/dart":{"compressible":true},"application/dash+xml":{"source":"iana","compressible":true,"extensions":["mpd"]},"application/dash-patch+xml":{"source":"iana","compressible":true,"extensions":["mpp"]},"application/dashdelta":{"source":"iana"},"application/davmount+xml":{"source":"iana","compressible":true,"extensions":["davmount"]},"application/dca-rft":{"source":"iana"},"application/dcd":{"source":"iana"},"application/dec-dx":{"source":"iana"},"application/dialog-info+xml":{"source":"iana","compressible":true},"application/dicom":{"source":"iana"},"application/dicom+json":{"source":"iana","compressible":true},"application/dicom+xml":{"source":"iana","compressible":true},"application/dii":{"source":"iana"},"application/dit":{"source":"iana"},"application/dns":{"source":"iana"},"application/dns+json":{"source":"iana","compressible":true},"application/dns-message":{"source":"iana"},"application/docbook+xml":{"source":"apache","compressible":true,"extensions":["dbk"]},"application/dots+cbor":{"source":"iana"},"application/dskpp+xml":{"source":"iana","compressible":true},"application/dssc+der":{"source":"iana","extensions":["dssc"]},"application/dssc+xml":{"source":"iana","compressible":true,"extensions":["xdssc"]},"application/dvcs":{"source":"iana"},"application/ecmascript":{"source":"iana","compressible":true,"extensions":["es","ecma"]},"application/edi-consent":{"source":"iana"},"application/edi-x12":{"source":"iana","compressible":false},"application/edifact":{"source":"iana","compressible":false},"application/efi":{"source":"iana"},"application/elm+json":{"source":"iana","charset":"UTF-8","compressible":true},"application/elm+xml":{"source":"iana","compressible":true},"application/emergencycalldata.cap+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/emergencycalldata.comment+xml":{"source":"iana","compressible":true},"application/emergencycalldata.control+xml":{"source":"iana","compressible":true},"application/emergencycalldata.deviceinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.ecall.msd":{"source":"iana"},"application/emergencycalldata.providerinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.serviceinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.subscriberinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.veds+xml":{"source":"iana","compressible":true},"application/emma+xml":{"source":"iana","compressible":true,"extensions":["emma"]},"application/emotionml+xml":{"source":"iana","compressible":true,"extensions":["emotionml"]},"application/encaprtp":{"source":"iana"},"application/epp+xml":{"source":"iana","compressible":true},"application/epub+zip":{"source":"iana","compressible":false,"extensions":["epub"]},"application/eshop":{"source":"iana"},"application/exi":{"source":"iana","extensions":["exi"]},"application/expect-ct-report+json":{"source":"iana","compressible":true},"application/express":{"source":"iana","extensions":["exp"]},"application/fastinfoset":{"source":"iana"},"application/fastsoap":{"source":"iana"},"application/fdt+xml":{"source":"iana","compressible":true,"extensions":["fdt"]},"application/fhir+json":{"source":"iana","charset":"UTF-8","compressible":true},"application/fhir+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/fido.trusted-apps+json":{"compressible":true},"application/fits":{"source":"iana"},"application/flexfec":{"source":"iana"},"application/font-sfnt":{"source":"iana"},"application/font-tdpfr":{"source":"iana","extensions":["pfr"]},"application/font-woff":{"source":"iana","compressible":false},"application/framework-attributes+xml":{"source":"iana","compressible":true},"application/geo+json":{"source":"iana","compressible":true,"extensions":["geojson"]},"application/geo+json-seq":{"source":"iana"},"application/geopackage+sqlite3":{"source":"iana"},"application/geoxacml+xml":{"source":"iana","compressible":true},"application/gltf-buffer":{"source":"iana"},"application/gml+xml":{"source":"iana","compressible":true,"extensions":["gml"]},"application/gpx+xml":{"source":"apache","compressible":true,"extensions":["gpx"]},"application/gxf":{"source":"apache","extensions":["gxf"]},"application/gzip":{"source":"iana","compressible":false,"extensions":["gz"]},"application/h224":{"source":"iana"},"application/held+xml":{"source":"iana","compressible":true},"application/hjson":{"extensions":["hjson"]},"application/http":{"source":"iana"},"application/hyperstudio":{"source":"iana","extensions":["stk"]},"application/ibe-key-request+xml":{"source":"iana","compressible":true},"application/ibe-pkg-reply+xml":{"source":"iana","compressible":true},"application/ibe-pp-data":{"source":"iana"},"application/iges":{"source":"iana"},"application/im-iscomposing+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/index":{"source":"iana"},"application/index.cmd":{"source":"iana"},"application/index.obj":{"source":"iana"},"application/index.response":{"source":"iana"},"application/index.vnd":{"source":"iana"},"application/inkml+xml":{"source":"iana","compressible":true,"extensions":["ink","inkml"]},"application/iotp":{"source":"iana"},"application/ipfix":{"source":"iana","extensions":["ipfix"]},"application/ipp":{"source":"iana"},"application/isup":{"source":"iana"},"application/its+xml":{"source":"iana","compressible":true,"extensions":["its"]},"application/java-archive":{"source":"apache","compressible":false,"extensions":["jar","war","ear"]},"application/java-serialized-object":{"source":"apache","compressible":false,"extensions":["ser"]},"application/java-vm":{"source":"apache","compressible":false,"extensions":["class"]},"application/javascript":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["js","mjs"]},"application/jf2feed+json":{"source":"iana","compressible":true},"application/jose":{"source":"iana"},"application/jose+json":{"source":"iana","compressible":true},"application/jrd+json":{"source":"iana","compressible":true},"application/jscalendar+json":{"source":"iana","compressible":true},"application/json":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["json","map"]},"application/json-patch+json":{"source":"iana","compressible":true},"application/json-seq":{"source":"iana"},"application/json5":{"extensions":["json5"]},"application/jsonml+json":{"source":"apache","compressible":true,"extensions":["jsonml"]},"application/jwk+json":{"source":"iana","compressible":true},"application/jwk-set+json":{"source":"iana","compressible":true},"application/jwt":{"source":"iana"},"application/kpml-request+xml":{"source":"iana","compressible":true},"application/kpml-response+xml":{"source":"iana","compressible":true},"application/ld+json":{"source":"iana","compressible":true,"extensions":["jsonld"]},"application/lgr+xml":{"source":"iana","compressible":true,"extensions":["lgr"]},"application/link-format":{"source":"iana"},"application/load-control+xml":{"source":"iana","compressible":true},"application/lost+xml":{"source":"iana","compressible":true,"extensions":["lostxml"]},"application/lostsync+xml":{"source":"iana","compressible":true},"application/lpf+zip":{"source":"iana","compressible":false},"application/lxf":{"source":"iana"},"application/mac-binhex40":{"source":"iana","extensions":["hqx"]},"application/mac-compactpro":{"source":"apache","extensions":["cpt"]},"application/macwriteii":{"source":"iana"},"application/mads+xml":{"source":"iana","compressible":true,"extensions":["mads"]},"application/manifest+json":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["webmanifest"]},"application/marc":{"source":"iana","extensions":["mrc"]},"application/marcxml+xml":{"source":"iana","compressible":true,"extensions":["mrcx"]},"application/mathematica":{"source":"iana","extensions":["ma","nb","mb"]},"application/mathml+xml":{"source":"iana","compressible":true,"extensions":["mathml"]},"application/mathml-content+xml":{"source":"iana","compressible":true},"application/mathml-presentation+xml":{"source":"iana","compressible":true},"application/mbms-associated-procedure-description+xml":{"source":"iana","compressible":true},"application/mbms-deregister+xml":{"source":"iana","compressible":true},"application/mbms-envelope+xml":{"source":"iana","compressible":true},"application/mbms-msk+xml":{"source":"iana","compressible":true},"application/mbms-msk-response+xml":{"source":"iana","compressible":true},"application/mbms-protection-description+xml":{"source":"iana","compressible":true},"application/mbms-reception-report+xml":{"source":"iana","compressible":true},"application/mbms-register+xml":{"source":"iana","compressible":true},"application/mbms-register-response+xml":{"source":"iana","compressible":true},"application/mbms-schedule+xml":{"source":"iana","compressible":true},"application/mbms-user-service-description+xml":{"source":"iana","compressible":true},"application/mbox":{"source":"iana","extensions":["mbox"]},"application/media-policy-dataset+xml":{"source":"iana","compressible":true,"extensions":["mpf"]},"application/media_control+xml":{"source":"iana","compressible":true},"application/mediaservercontrol+xml":{"source":"iana","compressible":true,"extensions":["mscml"]},"application/merge-patch+json":{"source":"iana","compressible":true},"application/metalink+xml":{"source":"apache","compressible":true,"extensions":["metalink"]},"application/metalink4+xml":{"source":"iana","compressible":true,"extensions":["meta4"]},"application/mets+xml":{"source":"iana","compressible":true,"extensions":["mets"]},"application/mf4":{"source":"iana"},"application/mikey":{"source":"iana"},"application/mipc":{"source":"iana"},"application/missing-blocks+cbor-seq":{"source":"iana"},"application/mmt-aei+xml":{"source":"iana","compressible":true,"extensions":["maei"]},"application/mmt-usd+xml":{"source":"iana","compressible":true,"extensions":["musd"]},"application/mods+xml":{"source":"iana","compressible":true,"extensions":["mods"]},"application/moss-keys":{"source":"iana"},"application/moss-signature":{"source":"iana"},"application/mosskey-data":{"source":"iana"},"application/mosskey-request":{"source":"iana"},"application/mp21":{"source":"iana","extensions":["m21","mp21"]},"application/mp4":{"source":"iana","extensions":["mp4s","m4p"]},"application/mpeg4-generic":{"source":"iana"},"application/mpeg4-iod":{"source":"iana"},"application/mpeg4-iod-xmt":{"source":"iana"},"application/mrb-consumer+xml":{"source":"iana","compressible":true},"application/mrb-publish+xml":{"source":"iana","compressible":true},"application/msc-ivr+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/msc-mixer+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/msword":{"source":"iana","compressible":false,"extensions":["doc","dot"]},"application/mud+json":{"source":"iana","compressible":true},"application/multipart-core":{"source":"iana"},"application/mxf":{"source":"iana","extensions":["mxf"]},"application/n-quads":{"source":"iana","extensions":["nq"]},"application/n-triples":{"source":"iana","extensions":["nt"]},"application/nasdata":{"source":"iana"},"application/news-checkgroups":{"source":"iana","charset":"US-ASCII"},"application/news-groupinfo":{"source":"iana","charset":"US-ASCII"},"application/news-transmission":{"source":"iana"},"application/nlsml+xml":{"source":"iana","compressible":true},"application/node":{"source":"iana","extensions":["cjs"]},"application/nss":{"source":"iana"},"application/oauth-authz-req+jwt":{"source":"iana"},"application/oblivious-dns-message":{"source":"iana"},"application/ocsp-request":{"source":"iana"},"application/ocsp-response":{"source":"iana"},"application/octet-stream":{"source":"iana","compressible":false,"extensions":["bin","dms","lrf","mar","so","dist","distz","pkg","bpk","dump","elc","deploy","exe","dll","deb","dmg","iso","img","msi","msp","msm","buffer"]},"application/oda":{"source":"iana","extensions":["oda"]},"application/odm+xml":{"source":"iana","compressible":true},"application/odx":{"source":"iana"},"application/oebps-package+xml":{"source":"iana","compressible":true,"extensions":["opf"]},"application/ogg":{"source":"iana","compressible":false,"extensions":["ogx"]},"application/omdoc+xml":{"source":"apache","compressible":true,"extensions":["omdoc"]},"application/onenote":{"source":"apache","extensions":["onetoc","onetoc2","onetmp","onepkg"]},"application/opc-nodeset+xml":{"source":"iana","compressible":true},"application/oscore":{"source":"iana"},"application/oxps":{"source":"iana","extensions":["oxps"]},"application/p21":{"source":"iana"},"application/p21+zip":{"source":"iana","compressible":false},"application/p2p-overlay+xml":{"source":"iana","compressible":true,"extensions":["relo"]},"application/parityfec":{"source":"iana"},"application/passport":{"source":"iana"},"application/patch-ops-error+xml":{"source":"iana","compressible":true,"extensions":["xer"]},"application/pdf":{"source":"iana","compressible":false,"extensions":["pdf"]},"application/pdx":{"source":"iana"},"application/pem-certificate-chain":{"source":"iana"},"application/pgp-encrypted":{"source":"iana","compressible":false,"extensions":["pgp"]},"application/pgp-keys":{"source":"iana","extensions":["asc"]},"application/pgp-signature":{"source":"iana","extensions":["asc","sig"]},"application/pics-rules":{"source":"apache","extensions":["prf"]},"application/pidf+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/pidf-diff+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/pkcs10":{"source":"iana","extensions":["p10"]},"application/pkcs12":{"source":"iana"},"application/pkcs7-mime":{"source":"iana","extensions":["p7m","p7c"]},"application/pkcs7-signature":{"source":"iana","extensions":["p7s"]},"application/pkcs8":{"source":"iana","extensions":["p8"]},"application/pkcs8-encrypted":{"source":"iana"},"application/pkix-attr-cert":{"source":"iana","extensions":["ac"]},"application/pkix-cert":{"source":"iana","extensions":["cer"]},"application/pkix-crl":{"source":"iana","extensions":["crl"]},"application/pkix-pkipath":{"source":"iana","extensions":["pkipath"]},"application/pkixcmp":{"source":"iana","extensions":["pki"]},"application/pls+xml":{"source":"iana","compressible":true,"extensions":["pls"]},"application/poc-settings+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/postscript":{"source":"iana","compressible":true,"extensions":["ai","eps","ps"]},"application/ppsp-tracker+json":{"source":"iana","compressible":true},"application/problem+json":{"source":"iana","compressible":true},"application/problem+xml":{"source":"iana","compressible":true},"application/provenance+xml":{"source":"iana","compressible":true,"extensions":["provx"]},"application/prs.alvestrand.titrax-sheet":{"source":"iana"},"application/prs.cww":{"source":"iana","extensions":["cww"]},"application/prs.cyn":{"source":"iana","charset":"7-BIT"},"application/prs.hpub+zip":{"source":"iana","compressible":false},"application/prs.nprend":{"source":"iana"},"application/prs.plucker":{"source":"iana"},"application/prs.rdf-xml-crypt":{"source":"iana"},"application/prs.xsf+xml":{"source":"iana","compressible":true},"application/pskc+xml":{"source":"iana","compressible":true,"extensions":["pskcxml"]},"application/pvd+json":{"source":"iana","compressible":true},"application/qsig":{"source":"iana"},"application/raml+yaml":{"compressible":true,"extensions":["raml"]},"application/raptorfec":{"source":"iana"},"application/rdap+json":{"source":"iana","compressible":true},"application/rdf+xml":{"source":"iana","compressible":true,"extensions":["rdf","owl"]},"application/reginfo+xml":{"source":"iana","compressible":true,"extensions":["rif"]},"application/relax-ng-compact-syntax":{"source":"iana","extensions":["rnc"]},"application/remote-printing":{"source":"iana"},"application/reputon+json":{"source":"iana","compressible":true},"application/resource-lists+xml":{"source":"iana","compressible":true,"extensions":["rl"]},"application/resource-lists-diff+xml":{"source":"iana","compressible":true,"extensions":["rld"]},"application/rfc+xml":{"source":"iana","compressible":true},"application/riscos":{"source":"iana"},"application/rlmi+xml":{"source":"iana","compressible":true},"application/rls-services+xml":{"source":"iana","compressible":true,"extensions":["rs"]},"application/route-apd+xml":{"source":"iana","compressible":true,"extensions":["rapd"]},"application/route-s-tsid+xml":{"source":"iana","compressible":true,"extensions":["sls"]},"application/route-usd+xml":{"source":"iana","compressible":true,"extensions":["rusd"]},"application/rpki-ghostbusters":{"source":"iana","extensions":["gbr"]},"application/rpki-manifest":{"source":"iana","extensions":["mft"]},"application/rpki-publication":{"source":"iana"},"application/rpki-roa":{"source":"iana","extensions":["roa"]},"application/rpki-updown":{"source":"iana"},"application/rsd+xml":{"source":"apache","compressible":true,"extensions":["rsd"]},"application/rss+xml":{"source":"apache","compressible":true,"extensions":["rss"]},"application/rtf":{"source":"iana","compressible":true,"extensions":["rtf"]},"application/rtploopback":{"source":"iana"},"application/rtx":{"source":"iana"},"application/samlassertion+xml":{"source":"iana","compressible":true},"application/samlmetadata+xml":{"source":"iana","compressible":true},"application/sarif+json":{"source":"iana","compressible":true},"application/sarif-external-properties+json":{"source":"iana","compressible":true},"application/sbe":{"source":"iana"},"application/sbml+xml":{"source":"iana","compressible":true,"extensions":["sbml"]},"application/scaip+xml":{"source":"iana","compressible":true},"application/scim+json":{"source":"iana","compressible":true},"application/scvp-cv-request":{"source":"iana","extensions":["scq"]},"application/scvp-cv-response":{"source":"iana","extensions":["scs"]},"application/scvp-vp-request":{"source":"iana","extensions":["spq"]},"application/scvp-vp-response":{"source":"iana","extensions":["spp"]},"application/sdp":{"source":"iana","extensions":["sdp"]},"application/secevent+jwt":{"source":"iana"},"application/senml+cbor":{"source":"iana"},"application/senml+json":{"source":"iana","compressible":true},"application/senml+xml":{"source":"iana","compressible":true,"extensions":["senmlx"]},"application/senml-etch+cbor":{"source":"iana"},"application/senml-etch+json":{"source":"iana","compressible":true},"application/senml-exi":{"source":"iana"},"application/sensml+cbor":{"source":"iana"},"application/sensml+json":{"source":"iana","compressible":true},"application/sensml+xml":{"source":"iana","compressible":true,"extensions":["sensmlx"]},"application/sensml-exi":{"source":"iana"},"application/sep+xml":{"source":"iana","compressible":true},"application/sep-exi":{"source":"iana"},"application/session-info":{"source":"iana"},"application/set-payment":{"source":"iana"},"application/set-payment-initiation":{"source":"iana","extensions":["setpay"]},"application/set-registration":{"source":"iana"},"application/set-registration-initiation":{"source":"iana","extensions":["setreg"]},"application/sgml":{"source":"iana"},"application/sgml-open-catalog":{"source":"iana"},"application/shf+xml":{"source":"iana","compressible":true,"extensions":["shf"]},"application/sieve":{"source":"iana","extensions":["siv","sieve"]},"application/simple-filter+xml":{"source":"iana","compressible":true},"application/simple-message-summary":{"source":"iana"},"application/simplesymbolcontainer":{"source":"iana"},"application/sipc":{"source":"iana"},"application/slate":{"source":"iana"},"application/smil":{"source":"iana"},"application/smil+xml":{"source":"iana","compressible":true,"extensions":["smi","smil"]},"application/smpte336m":{"source":"iana"},"application/soap+fastinfoset":{"source":"iana"},"application/soap+xml":{"source":"iana","compressible":true},"application/sparql-query":{"source":"iana","extensions":["rq"]},"application/sparql-results+xml":{"source":"iana","compressible":true,"extensions":["srx"]},"application/spdx+json":{"source":"iana","compressible":true},"application/spirits-event+xml":{"source":"iana","compressible":true},"application/sql":{"source":"iana"},"application/srgs":{"source":"iana","extensions":["gram"]},"application/srgs+xml":{"source":"iana","compressible":true,"extensions":["grxml"]},"application/sru+xml":{"source":"iana","compressible":true,"extensions":["sru"]},"application/ssdl+xml":{"source":"apache","compressible":true,"extensions":["ssdl"]},"application/ssml+xml":{"source":"iana","compressible":true,"extensions":["ssml"]},"application/stix+json":{"source":"iana","compressible":true},"application/swid+xml":{"source":"iana","compressible":true,"extensions":["swidtag"]},"application/tamp-apex-update":{"source":"iana"},"application/tamp-apex-update-confirm":{"source":"iana"},"application/tamp-community-update":{"source":"iana"},"application/tamp-community-update-confirm":{"source":"iana"},"application/tamp-error":{"source":"iana"},"application/tamp-sequence-adjust":{"source":"iana"},"application/tamp-sequence-adjust-confirm":{"source":"iana"},"application/tamp-status-query":{"source":"iana"},"application/tamp-status-response":{"source":"iana"},"application/tamp-update":{"source":"iana"},"application/tamp-update-confirm":{"source":"iana"},"application/tar":{"compressible":true},"application/taxii+json":{"source":"iana","compressible":true},"application/td+json":{"source":"iana","compressible":true},"application/tei+xml":{"source":"iana","compressible":true,"extensions":["tei","teicorpus"]},"application/tetra_isi":{"source":"iana"},"application/thraud+xml":{"source":"iana","compressible":true,"extensions":["tfi"]},"application/timestamp-query":{"source":"iana"},"application/timestamp-reply":{"source":"iana"},"application/timestamped-data":{"source":"iana","extensions":["tsd"]},"application/tlsrpt+gzip":{"source":"iana"},"application/tlsrpt+json":{"source":"iana","compressible":true},"application/tnauthlist":{"source":"iana"},"application/token-introspection+jwt":{"source":"iana"},"application/toml":{"compressible":true,"extensions":["toml"]},"application/trickle-ice-sdpfrag":{"source":"iana"},"application/trig":{"source":"iana","extensions":["trig"]},"application/ttml+xml":{"source":"iana","compressible":true,"extensions":["ttml"]},"application/tve-trigger":{"source":"iana"},"application/tzif":{"source":"iana"},"application/tzif-leap":{"source":"iana"},"application/ubjson":{"compressible":false,"extensions":["ubj"]},"application/ulpfec":{"source":"iana"},"application/urc-grpsheet+xml":{"source":"iana","compressible":true},"application/urc-ressheet+xml":{"source":"iana","compressible":true,"extensions":["rsheet"]},"application/urc-targetdesc+xml":{"source":"iana","compressible":true,"extensions":["td"]},"application/urc-uisocketdesc+xml":{"source":"iana","compressible":true},"application/vcard+json":{"source":"iana","compressible":true},"application/vcard+xml":{"source":"iana","compressible":true},"application/vemmi":{"source":"iana"},"application/vividence.scriptfile":{"source":"apache"},"application/vnd.1000minds.decision-model+xml":{"source":"iana","compressible":true,"extensions":["1km"]},"application/vnd.3gpp-prose+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-prose-pc3ch+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-v2x-local-service-information":{"source":"iana"},"application/vnd.3gpp.5gnas":{"source":"iana"},"application/vnd.3gpp.access-transfer-events+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.bsf+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.gmop+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.gtpc":{"source":"iana"},"application/vnd.3gpp.interworking-data":{"source":"iana"},"application/vnd.3gpp.lpp":{"source":"iana"},"application/vnd.3gpp.mc-signalling-ear":{"source":"iana"},"application/vnd.3gpp.mcdata-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-payload":{"source":"iana"},"application/vnd.3gpp.mcdata-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-signalling":{"source":"iana"},"application/vnd.3gpp.mcdata-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-floor-request+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-location-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-mbms-usage-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-signed+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-ue-init-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-affiliation-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-location-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-mbms-usage-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-transmission-request+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mid-call+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.ngap":{"source":"iana"},"application/vnd.3gpp.pfcp":{"source":"iana"},"application/vnd.3gpp.pic-bw-large":{"source":"iana","extensions":["plb"]},"application/vnd.3gpp.pic-bw-small":{"source":"iana","extensions":["psb"]},"application/vnd.3gpp.pic-bw-var":{"source":"iana","extensions":["pvb"]},"application/vnd.3gpp.s1ap":{"source":"iana"},"application/vnd.3gpp.sms":{"source":"iana"},"application/vnd.3gpp.sms+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.srvcc-ext+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.srvcc-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.state-and-event-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.ussd+xml":{"source":"iana","compressible":true},"application/vnd.3gpp2.bcmcsinfo+xml":{"source":"iana","compressible":true},"application/vnd.3gpp2.sms":{"source":"iana"},"application/vnd.3gpp2.tcap":{"source":"iana","extensions":["tcap"]},"application/vnd.3lightssoftware.imagescal":{"source":"iana"},"application/vnd.3m.post-it-notes":{"source":"iana","extensions":["pwn"]},"application/vnd.accpac.simply.aso":{"source":"iana","extensions":["aso"]},"application/vnd.accpac.simply.imp":{"source":"iana","extensions":["imp"]},"application/vnd.acucobol":{"source":"iana","extensions":["acu"]},"application/vnd.acucorp":{"source":"iana","extensions":["atc","acutc"]},"application/vnd.adobe.air-application-installer-package+zip":{"source":"apache","compressible":false,"extensions":["air"]},"application/vnd.adobe.flash.movie":{"source":"iana"},"application/vnd.adobe.formscentral.fcdt":{"source":"iana","extensions":["fcdt"]},"application/vnd.adobe.fxp":{"source":"iana","extensions":["fxp","fxpl"]},"application/vnd.adobe.partial-upload":{"source":"iana"},"application/vnd.adobe.xdp+xml":{"source":"iana","compressible":true,"extensions":["xdp"]},"application/vnd.adobe.xfdf":{"source":"iana","extensions":["xfdf"]},"application/vnd.aether.imp":{"source":"iana"},"application/vnd.afpc.afplinedata":{"source":"iana"},"application/vnd.afpc.afplinedata-pagedef":{"source":"iana"},"application/vnd.afpc.cmoca-cmresource":{"source":"iana"},"application/vnd.afpc.foca-charset":{"source":"iana"},"application/vnd.afpc.foca-codedfont":{"source":"iana"},"application/vnd.afpc.foca-codepage":{"source":"iana"},"application/vnd.afpc.modca":{"source":"iana"},"application/vnd.afpc.modca-cmtable":{"source":"iana"},"application/vnd.afpc.modca-formdef":{"source":"iana"},"application/vnd.afpc.modca-mediummap":{"source":"iana"},"application/vnd.afpc.modca-objectcontainer":{"source":"iana"},"application/vnd.afpc.modca-overlay":{"source":"iana"},"application/vnd.afpc.modca-pagesegment":{"source":"iana"},"application/vnd.age":{"source":"iana","extensions":["age"]},"application/vnd.ah-barcode":{"source":"iana"},"application/vnd.ahead.space":{"source":"iana","extensions":["ahead"]},"application/vnd.airzip.filesecure.azf":{"source":"iana","extensions":["azf"]},"application/vnd.airzip.filesecure.azs":{"source":"iana","extensions":["azs"]},"application/vnd.amadeus+json":{"source":"iana","compressible":true},"application/vnd.amazon.ebook":{"source":"apache","extensions":["azw"]},"application/vnd.amazon.mobi8-ebook":{"source":"iana"},"application/vnd.americandynamics.acc":{"source":"iana","extensions":["acc"]},"application/vnd.amiga.ami":{"source":"iana","extensions":["ami"]},"application/vnd.amundsen.maze+xml":{"source":"iana","compressible":true},"application/vnd.android.ota":{"source":"iana"},"application/vnd.android.package-archive":{"source":"apache","compressible":false,"extensions":["apk"]},"application/vnd.anki":{"source":"iana"},"application/vnd.anser-web-certificate-issue-initiation":{"source":"iana","extensions":["cii"]},"application/vnd.anser-web-funds-transfer-initiation":{"source":"apache","extensions":["fti"]},"application/vnd.antix.game-component":{"source":"iana","extensions":["atx"]},"application/vnd.apache.arrow.file":{"source":"iana"},"application/vnd.apache.arrow.stream":{"source":"iana"},"application/vnd.apache.thrift.binary":{"source":"iana"},"application/vnd.apache.thrift.compact":{"source":"iana"},"application/vnd.apache.thrift.json":{"source":"iana"},"application/vnd.api+json":{"source":"iana","compressible":true},"application/vnd.aplextor.warrp+json":{"source":"iana","compressible":true},"application/vnd.apothekende.reservation+json":{"source":"iana","compressible":true},"application/vnd.apple.installer+xml":{"source":"iana","compressible":true,"extensions":["mpkg"]},"application/vnd.apple.keynote":{"source":"iana","extensions":["key"]},"application/vnd.apple.mpegurl":{"source":"iana","extensions":["m3u8"]},"application/vnd.apple.numbers":{"source":"iana","extensions":["numbers"]},"application/vnd.apple.pages":{"source":"iana","extensions":["pages"]},"application/vnd.apple.pkpass":{"compressible":false,"extensions":["pkpass"]},"application/vnd.arastra.swi":{"source":"iana"},"application/vnd.aristanetworks.swi":{"source":"iana","extensions":["swi"]},"application/vnd.artisan+json":{"source":"iana","compressible":true},"application/vnd.artsquare":{"source":"iana"},"application/vnd.astraea-software.iota":{"source":"iana","extensions":["iota"]},"application/vnd.audiograph":{"source":"iana","extensions":["aep"]},"application/vnd.autopackage":{"source":"iana"},"application/vnd.avalon+json":{"source":"iana","compressible":true},"application/vnd.avistar+xml":{"source":"iana","compressible":true},"application/vnd.balsamiq.bmml+xml":{"source":"iana","compressible":true,"extensions":["bmml"]},"application/vnd.balsamiq.bmpr":{"source":"iana"},"application/vnd.banana-accounting":{"source":"iana"},"application/vnd.bbf.usp.error":{"source":"iana"},"application/vnd.bbf.usp.msg":{"source":"iana"},"application/vnd.bbf.usp.msg+json":{"source":"iana","compressible":true},"application/vnd.bekitzur-stech+json":{"source":"iana","compressible":true},"application/vnd.bint.med-content":{"source":"iana"},"application/vnd.biopax.rdf+xml":{"source":"iana","compressible":true},"application/vnd.blink-idb-value-wrapper":{"source":"iana"},"application/vnd.blueice.multipass":{"source":"iana","extensions":["mpm"]},"application/vnd.bluetooth.ep.oob":{"source":"iana"},"application/vnd.bluetooth.le.oob":{"source":"iana"},"application/vnd.bmi":{"source":"iana","extensions":["bmi"]},"application/vnd.bpf":{"source":"iana"},"application/vnd.bpf3":{"source":"iana"},"application/vnd.businessobjects":{"source":"iana","extensions":["rep"]},"application/vnd.byu.uapi+json":{"source":"iana","compressible":true},"application/vnd.cab-jscript":{"source":"iana"},"application/vnd.canon-cpdl":{"source":"iana"},"application/vnd.canon-lips":{"source":"iana"},"application/vnd.capasystems-pg+json":{"source":"iana","compressible":true},"application/vnd.cendio.thinlinc.clientconf":{"source":"iana"},"application/vnd.century-systems.tcp_stream":{"source":"iana"},"application/vnd.chemdraw+xml":{"source":"iana","compressible":true,"extensions":["cdxml"]},"application/vnd.chess-pgn":{"source":"iana"},"application/vnd.chipnuts.karaoke-mmd":{"source":"iana","extensions":["mmd"]},"application/vnd.ciedi":{"source":"iana"},"application/vnd.cinderella":{"source":"iana","extensions":["cdy"]},"application/vnd.cirpack.isdn-ext":{"source":"iana"},"application/vnd.citationstyles.style+xml":{"source":"iana","compressible":true,"extensions":["csl"]},"application/vnd.claymore":{"source":"iana","extensions":["cla"]},"application/vnd.cloanto.rp9":{"source":"iana","extensions":["rp9"]},"application/vnd.clonk.c4group":{"source":"iana","extensions":["c4g","c4d","c4f","c4p","c4u"]},"application/vnd.cluetrust.cartomobile-config":{"source":"iana","extensions":["c11amc"]},"application/vnd.cluetrust.cartomobile-config-pkg":{"source":"iana","extensions":["c11amz"]},"application/vnd.coffeescript":{"source":"iana"},"application/vnd.collabio.xodocuments.document":{"source":"iana"},"application/vnd.collabio.xodocuments.document-template":{"source":"iana"},"application/vnd.collabio.xodocuments.presentation":{"source":"iana"},"application/vnd.collabio.xodocuments.presentation-template":{"source":"iana"},"application/vnd.collabio.xodocuments.spreadsheet":{"source":"iana"},"application/vnd.collabio.xodocuments.spreadsheet-template":{"source":"iana"},"application/vnd.collection+json":{"source":"iana","compressible":true},"application/vnd.collection.doc+json":{"source":"iana","compressible":true},"application/vnd.collection.next+json":{"source":"iana","compressible":true},"application/vnd.comicbook+zip":{"source":"iana","compressible":false},"application/vnd.comicbook-rar":{"source":"iana"},"application/vnd.commerce-battelle":{"source":"iana"},"application/vnd.commonspace":{"source":"iana","extensions":["csp"]},"application/vnd.contact.cmsg":{"source":"iana","extensions":["cdbcmsg"]},"application/vnd.coreos.ignition+json":{"source":"iana","compressible":true},"application/vnd.cosmocaller":{"source":"iana","extensions":["cmc"]},"application/vnd.crick.clicker":{"source":"iana","extensions":["clkx"]},"application/vnd.crick.clicker.keyboard":{"source":"iana","extensions":["clkk"]},"application/vnd.crick.clicker.palette":{"source":"iana","extensions":["clkp"]},"application/vnd.crick.clicker.template":{"source":"iana","extensions":["clkt"]},"application/vnd.crick.clicker.wordbank":{"source":"iana","extensions":["clkw"]},"application/vnd.criticaltools.wbs+xml":{"source":"iana","compressible":true,"extensions":["wbs"]},"application/vnd.cryptii.pipe+json":{"source":"iana","compressible":true},"application/vnd.crypto-shade-file":{"source":"iana"},"application/vnd.cryptomator.encrypted":{"source":"iana"},"application/vnd.cryptomator.vault":{"source":"iana"},"application/vnd.ctc-posml":{"source":"iana","extensions":["pml"]},"application/vnd.ctct.ws+xml":{"source":"iana","compressible":true},"application/vnd.cups-pdf":{"source":"iana"},"application/vnd.cups-postscript":{"source":"iana"},"application/vnd.cups-ppd":{"source":"iana","extensions":["ppd"]},"application/vnd.cups-raster":{"source":"iana"},"application/vnd.cups-raw":{"source":"iana"},"application/vnd.curl":{"source":"iana"},"application/vnd.curl.car":{"source":"apache","extensions":["car"]},"application/vnd.curl.pcurl":{"source":"apache","extensions":["pcurl"]},"application/vnd.cyan.dean.root+xml":{"source":"iana","compressible":true},"application/vnd.cybank":{"source":"iana"},"application/vnd.cyclonedx+json":{"source":"iana","compressible":true},"application/vnd.cyclonedx+xml":{"source":"iana","compressible":true},"application/vnd.d2l.coursepackage1p0+zip":{"source":"iana","compressible":false},"application/vnd.d3m-dataset":{"source":"iana"},"application/vnd.d3m-problem":{"source":"iana"},"application/vnd.dart":{"source":"iana","compressible":true,"extensions":["dart"]},"application/vnd.data-vision.rdz":{"source":"iana","extensions":["rdz"]},"application/vnd.datapackage+json":{"source":"iana","compressible":true},"application/vnd.dataresource+json":{"source":"iana","compressible":true},"application/vnd.dbf":{"source":"iana","extensions":["dbf"]},"application/vnd.debian.binary-package":{"source":"iana"},"application/vnd.dece.data":{"source":"iana","extensions":["uvf","uvvf","uvd","uvvd"]},"application/vnd.dece.ttml+xml":{"source":"iana","compressible":true,"extensions":["uvt","uvvt"]},"application/vnd.dece.unspecified":{"source":"iana","extensions":["uvx","uvvx"]},"application/vnd.dece.zip":{"source":"iana","extensions":["uvz","uvvz"]},"application/vnd.denovo.fcselayout-link":{"source":"iana","extensions":["fe_launch"]},"application/vnd.desmume.movie":{"source":"iana"},"application/vnd.dir-bi.plate-dl-nosuffix":{"source":"iana"},"application/vnd.dm.delegation+xml":{"source":"iana","compressible":true},"application/vnd.dna":{"source":"iana","extensions":["dna"]},"application/vnd.document+json":{"source":"iana","compressible":true},"application/vnd.dolby.mlp":{"source":"apache","extensions":["mlp"]},"application/vnd.dolby.mobile.1":{"source":"iana"},"application/vnd.dolby.mobile.2":{"source":"iana"},"application/vnd.doremir.scorecloud-binary-document":{"source":"iana"},"application/vnd.dpgraph":{"source":"iana","extensions":["dpg"]},"application/vnd.dreamfactory":{"source":"iana","extensions":["dfac"]},"application/vnd.drive+json":{"source":"iana","compressible":true},"application/vnd.ds-keypoint":{"source":"apache","extensions":["kpxx"]},"application/vnd.dtg.local":{"source":"iana"},"application/vnd.dtg.local.flash":{"source":"iana"},"application/vnd.dtg.local.html":{"source":"iana"},"application/vnd.dvb.ait":{"source":"iana","extensions":["ait"]},"application/vnd.dvb.dvbisl+xml":{"source":"iana","compressible":true},"application/vnd.dvb.dvbj":{"source":"iana"},"application/vnd.dvb.esgcontainer":{"source":"iana"},"application/vnd.dvb.ipdcdftnotifaccess":{"source":"iana"},"application/vnd.dvb.ipdcesgaccess":{"source":"iana"},"application/vnd.dvb.ipdcesgaccess2":{"source":"iana"},"application/vnd.dvb.ipdcesgpdd":{"source":"iana"},"application/vnd.dvb.ipdcroaming":{"source":"iana"},"application/vnd.dvb.iptv.alfec-base":{"source":"iana"},"application/vnd.dvb.iptv.alfec-enhancement":{"source":"iana"},"application/vnd.dvb.notif-aggregate-root+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-container+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-generic+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-msglist+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-registration-request+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-registration-response+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-init+xml":{"source":"iana","compressible":true},"application/vnd.dvb.pfr":{"source":"iana"},"application/vnd.dvb.service":{"source":"iana","extensions":["svc"]},"application/vnd.dxr":{"source":"iana"},"application/vnd.dynageo":{"source":"iana","extensions":["geo"]},"application/vnd.dzr":{"source":"iana"},"application/vnd.easykaraoke.cdgdownload":{"source":"iana"},"application/vnd.ecdis-update":{"source":"iana"},"application/vnd.ecip.rlp":{"source":"iana"},"application/vnd.eclipse.ditto+json":{"source":"iana","compressible":true},"application/vnd.ecowin.chart":{"source":"iana","extensions":["mag"]},"application/vnd.ecowin.filerequest":{"source":"iana"},"application/vnd.ecowin.fileupdate":{"source":"iana"},"application/vnd.ecowin.series":{"source":"iana"},"application/vnd.ecowin.seriesrequest":{"source":"iana"},"application/vnd.ecowin.seriesupdate":{"source":"iana"},"application/vnd.efi.img":{"source":"iana"},"application/vnd.efi.iso":{"source":"iana"},"application/vnd.emclient.accessrequest+xml":{"source":"iana","compressible":true},"application/vnd.enliven":{"source":"iana","extensions":["nml"]},"application/vnd.enphase.envoy":{"source":"iana"},"application/vnd.eprints.data+xml":{"source":"iana","compressible":true},"application/vnd.epson.esf":{"source":"iana","extensions":["esf"]},"application/vnd.epson.msf":{"source":"iana","extensions":["msf"]},"application/vnd.epson.quickanime":{"source":"iana","extensions":["qam"]},"application/vnd.epson.salt":{"source":"iana","extensions":["slt"]},"application/vnd.epson.ssf":{"source":"iana","extensions":["ssf"]},"application/vnd.ericsson.quickcall":{"source":"iana"},"application/vnd.espass-espass+zip":{"source":"iana","compressible":false},"application/vnd.eszigno3+xml":{"source":"iana","compressible":true,"extensions":["es3","et3"]},"application/vnd.etsi.aoc+xml":{"source":"iana","compressible":true},"application/vnd.etsi.asic-e+zip":{"source":"iana","compressible":false},"application/vnd.etsi.asic-s+zip":{"source":"iana","compressible":false},"application/vnd.etsi.cug+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvcommand+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvdiscovery+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvprofile+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-bc+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-cod+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-npvr+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvservice+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsync+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvueprofile+xml":{"source":"iana","compressible":true},"application/vnd.etsi.mcid+xml":{"source":"iana","compressible":true},"application/vnd.etsi.mheg5":{"source":"iana"},"application/vnd.etsi.overload-control-policy-dataset+xml":{"source":"iana","compressible":true},"application/vnd.etsi.pstn+xml":{"source":"iana","compressible":true},"application/vnd.etsi.sci+xml":{"source":"iana","compressible":true},"application/vnd.etsi.simservs+xml":{"source":"iana","compressible":true},"application/vnd.etsi.timestamp-token":{"source":"iana"},"application/vnd.etsi.tsl+xml":{"source":"iana","compressible":true},"application/vnd.etsi.tsl.der":{"source":"iana"},"application/vnd.eu.kasparian.car+json":{"source":"iana","compressible":true},"application/vnd.eudora.data":{"source":"iana"},"application/vnd.evolv.ecig.profile":{"source":"iana"},"application/vnd.evolv.ecig.settings":{"source":"iana"},"application/vnd.evolv.ecig.theme":{"source":"iana"},"application/vnd.exstream-empower+zip":{"source":"iana","compressible":false},"application/vnd.exstream-package":{"source":"iana"},"application/vnd.ezpix-album":{"source":"iana","extensions":["ez2"]},"application/vnd.ezpix-package":{"source":"iana","extensions":["ez3"]},"application/vnd.f-secure.mobile":{"source":"iana"},"application/vnd.familysearch.gedcom+zip":{"source":"iana","compressible":false},"application/vnd.fastcopy-disk-image":{"source":"iana"},"application/vnd.fdf":{"source":"iana","extensions":["fdf"]},"application/vnd.fdsn.mseed":{"source":"iana","extensions":["mseed"]},"application/vnd.fdsn.seed":{"source":"iana","extensions":["seed","dataless"]},"application/vnd.ffsns":{"source":"iana"},"application/vnd.ficlab.flb+zip":{"source":"iana","compressible":false},"application/vnd.filmit.zfc":{"source":"iana"},"application/vnd.fints":{"source":"iana"},"application/vnd.firemonkeys.cloudcell":{"source":"iana"},"application/vnd.flographit":{"source":"iana","extensions":["gph"]},"application/vnd.fluxtime.clip":{"source":"iana","extensions":["ftc"]},"application/vnd.font-fontforge-sfd":{"source":"iana"},"application/vnd.framemaker":{"source":"iana","extensions":["fm","frame","maker","book"]},"application/vnd.frogans.fnc":{"source":"iana","extensions":["fnc"]},"application/vnd.frogans.ltf":{"source":"iana","extensions":["ltf"]},"application/vnd.fsc.weblaunch":{"source":"iana","extensions":["fsc"]},"application/vnd.fujifilm.fb.docuworks":{"source":"iana"},"application/vnd.fujifilm.fb.docuworks.binder":{"source":"iana"},"application/vnd.fujifilm.fb.docuworks.container":{"source":"iana"},"application/vnd.fujifilm.fb.jfi+xml":{"source":"iana","compressible":true},"application/vnd.fujitsu.oasys":{"source":"iana","extensions":["oas"]},"application/vnd.fujitsu.oasys2":{"source":"iana","extensions":["oa2"]},"application/vnd.fujitsu.oasys3":{"source":"iana","extensions":["oa3"]},"application/vnd.fujitsu.oasysgp":{"source":"iana","extensions":["fg5"]},"application/vnd.fujitsu.oasysprs":{"source":"iana","extensions":["bh2"]},"application/vnd.fujixerox.art-ex":{"source":"iana"},"application/vnd.fujixerox.art4":{"source":"iana"},"application/vnd.fujixerox.ddd":{"source":"iana","extensions":["ddd"]},"application/vnd.fujixerox.docuworks":{"source":"iana","extensions":["xdw"]},"application/vnd.fujixerox.docuworks.binder":{"source":"iana","extensions":["xbd"]},"application/vnd.fujixerox.docuworks.container":{"source":"iana"},"application/vnd.fujixerox.hbpl":{"source":"iana"},"application/vnd.fut-misnet":{"source":"iana"},"application/vnd.futoin+cbor":{"source":"iana"},"application/vnd.futoin+json":{"source":"iana","compressible":true},"application/vnd.fuzzysheet":{"source":"iana","extensions":["fzs"]},"application/vnd.genomatix.tuxedo":{"source":"iana","extensions":["txd"]},"application/vnd.gentics.grd+json":{"source":"iana","compressible":true},"application/vnd.geo+json":{"source":"iana","compressible":true},"application/vnd.geocube+xml":{"source":"iana","compressible":true},"application/vnd.geogebra.file":{"source":"iana","extensions":["ggb"]},"application/vnd.geogebra.slides":{"source":"iana"},"application/vnd.geogebra.tool":{"source":"iana","extensions":["ggt"]},"application/vnd.geometry-explorer":{"source":"iana","extensions":["gex","gre"]},"application/vnd.geonext":{"source":"iana","extensions":["gxt"]},"application/vnd.geoplan":{"source":"iana","extensions":["g2w"]},"application/vnd.geospace":{"source":"iana","extensions":["g3w"]},"application/vnd.gerber":{"source":"iana"},"application/vnd.globalplatform.card-content-mgt":{"source":"iana"},"application/vnd.globalplatform.card-content-mgt-response":{"source":"iana"},"application/vnd.gmx":{"source":"iana","extensions":["gmx"]},"application/vnd.google-apps.document":{"compressible":false,"extensions":["gdoc"]},"application/vnd.google-apps.presentation":{"compressible":false,"extensions":["gslides"]},"application/vnd.google-apps.spreadsheet":{"compressible":false,"extensions":["gsheet"]},"application/vnd.google-earth.kml+xml":{"source":"iana","compressible":true,"extensions":["kml"]},"application/vnd.google-earth.kmz":{"source":"iana","compressible":false,"extensions":["kmz"]},"application/vnd.gov.sk.e-form+xml":{"source":"iana","compressible":true},"application/vnd.gov.sk.e-form+zip":{"source":"iana","compressible":false},"application/vnd.gov.sk.xmldatacontainer+xml":{"source":"iana","compressible":true},"application/vnd.grafeq":{"source":"iana","extensions":["gqf","gqs"]},"application/vnd.gridmp":{"source":"iana"},"application/vnd.groove-account":{"source":"iana","extensions":["gac"]},"application/vnd.groove-help":{"source":"iana","extensions":["ghf"]},"application/vnd.groove-identity-message":{"source":"iana","extensions":["gim"]},"application/vnd.groove-injector":{"source":"iana","extensions":["grv"]},"application/vnd.groove-tool-message":{"source":"iana","extensions":["gtm"]},"application/vnd.groove-tool-template":{"source":"iana","extensions":["tpl"]},"application/vnd.groove-vcard":{"source":"iana","extensions":["vcg"]},"application/vnd.hal+json":{"source":"iana","compressible":true},"application/vnd.hal+xml":{"source":"iana","compressible":true,"extensions":["hal"]},"application/vnd.handheld-entertainment+xml":{"source":"iana","compressible":true,"extensions":["zmm"]},"application/vnd.hbci":{"source":"iana","extensions":["hbci"]},"application/vnd.hc+json":{"source":"iana","compressible":true},"application/vnd.hcl-bireports":{"source":"iana"},"application/vnd.hdt":{"source":"iana"},"application/vnd.heroku+json":{"source":"iana","compressible":true},"application/vnd.hhe.lesson-player":{"source":"iana","extensions":["les"]},"application/vnd.hl7cda+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.hl7v2+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.hp-hpgl":{"source":"iana","extensions":["hpgl"]},"application/vnd.hp-hpid":{"source":"iana","extensions":["hpid"]},"application/vnd.hp-hps":{"source":"iana","extensions":["hps"]},"application/vnd.hp-jlyt":{"source":"iana","extensions":["jlt"]},"application/vnd.hp-pcl":{"source":"iana","extensions":["pcl"]},"application/vnd.hp-pclxl":{"source":"iana","extensions":["pclxl"]},"application/vnd.httphone":{"source":"iana"},"application/vnd.hydrostatix.sof-data":{"source":"iana","extensions":["sfd-hdstx"]},"application/vnd.hyper+json":{"source":"iana","compressible":true},"application/vnd.hyper-item+json":{"source":"iana","compressible":true},"application/vnd.hyperdrive+json":{"source":"iana","compressible":true},"application/vnd.hzn-3d-crossword":{"source":"iana"},"application/vnd.ibm.afplinedata":{"source":"iana"},"application/vnd.ibm.electronic-media":{"source":"iana"},"application/vnd.ibm.minipay":{"source":"iana","extensions":["mpy"]},"application/vnd.ibm.modcap":{"source":"iana","extensions":["afp","listafp","list3820"]},"application/vnd.ibm.rights-management":{"source":"iana","extensions":["irm"]},"application/vnd.ibm.secure-container":{"source":"iana","extensions":["sc"]},"application/vnd.iccprofile":{"source":"iana","extensions":["icc","icm"]},"application/vnd.ieee.1905":{"source":"iana"},"application/vnd.igloader":{"source":"iana","extensions":["igl"]},"application/vnd.imagemeter.folder+zip":{"source":"iana","compressible":false},"application/vnd.imagemeter.image+zip":{"source":"iana","compressible":false},"application/vnd.immervision-ivp":{"source":"iana","extensions":["ivp"]},"application/vnd.immervision-ivu":{"source":"iana","extensions":["ivu"]},"application/vnd.ims.imsccv1p1":{"source":"iana"},"application/vnd.ims.imsccv1p2":{"source":"iana"},"application/vnd.ims.imsccv1p3":{"source":"iana"},"application/vnd.ims.lis.v2.result+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolconsumerprofile+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolproxy+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolproxy.id+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolsettings+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolsettings.simple+json":{"source":"iana","compressible":true},"application/vnd.informedcontrol.rms+xml":{"source":"iana","compressible":true},"application/vnd.informix-visionary":{"source":"iana"},"application/vnd.infotech.project":{"source":"iana"},"application/vnd.infotech.project+xml":{"source":"iana","compressible":true},"application/vnd.innopath.wamp.notification":{"source":"iana"},"application/vnd.insors.igm":{"source":"iana","extensions":["igm"]},"application/vnd.intercon.formnet":{"source":"iana","extensions":["xpw","xpx"]},"application/vnd.intergeo":{"source":"iana","extensions":["i2g"]},"application/vnd.intertrust.digibox":{"source":"iana"},"application/vnd.intertrust.nncp":{"source":"iana"},"application/vnd.intu.qbo":{"source":"iana","extensions":["qbo"]},"application/vnd.intu.qfx":{"source":"iana","extensions":["qfx"]},"application/vnd.iptc.g2.catalogitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.conceptitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.knowledgeitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.newsitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.newsmessage+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.packageitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.planningitem+xml":{"source":"iana","compressible":true},"application/vnd.ipunplugged.rcprofile":{"source":"iana","extensions":["rcprofile"]},"application/vnd.irepository.package+xml":{"source":"iana","compressible":true,"extensions":["irp"]},"application/vnd.is-xpr":{"source":"iana","extensions":["xpr"]},"application/vnd.isac.fcs":{"source":"iana","extensions":["fcs"]},"application/vnd.iso11783-10+zip":{"source":"iana","compressible":false},"application/vnd.jam":{"source":"iana","extensions":["jam"]},"application/vnd.japannet-directory-service":{"source":"iana"},"application/vnd.japannet-jpnstore-wakeup":{"source":"iana"},"application/vnd.japannet-payment-wakeup":{"source":"iana"},"application/vnd.japannet-registration":{"source":"iana"},"application/vnd.japannet-registration-wakeup":{"source":"iana"},"application/vnd.japannet-setstore-wakeup":{"source":"iana"},"application/vnd.japannet-verification":{"source":"iana"},"application/vnd.japannet-verification-wakeup":{"source":"iana"},"application/vnd.jcp.javame.midlet-rms":{"source":"iana","extensions":["rms"]},"application/vnd.jisp":{"source":"iana","extensions":["jisp"]},"application/vnd.joost.joda-archive":{"source":"iana","extensions":["joda"]},"application/vnd.jsk.isdn-ngn":{"source":"iana"},"application/vnd.kahootz":{"source":"iana","extensions":["ktz","ktr"]},"application/vnd.kde.karbon":{"source":"iana","extensions":["karbon"]},"application/vnd.kde.kchart":{"source":"iana","extensions":["chrt"]},"application/vnd.kde.kformula":{"source":"iana","extensions":["kfo"]},"application/vnd.kde.kivio":{"source":"iana","extensions":["flw"]},"application/vnd.kde.kontour":{"source":"iana","extensions":["kon"]},"application/vnd.kde.kpresenter":{"source":"iana","extensions":["kpr","kpt"]},"application/vnd.kde.kspread":{"source":"iana","extensions":["ksp"]},"application/vnd.kde.kword":{"source":"iana","extensions":["kwd","kwt"]},"application/vnd.kenameaapp":{"source":"iana","extensions":["htke"]},"application/vnd.kidspiration":{"source":"iana","extensions":["kia"]},"application/vnd.kinar":{"source":"iana","extensions":["kne","knp"]},"application/vnd.koan":{"source":"iana","extensions":["skp","skd","skt","skm"]},"application/vnd.kodak-descriptor":{"source":"iana","extensions":["sse"]},"application/vnd.las":{"source":"iana"},"application/vnd.las.las+json":{"source":"iana","compressible":true},"application/vnd.las.las+xml":{"source":"iana","compressible":true,"extensions":["lasxml"]},"application/vnd.laszip":{"source":"iana"},"application/vnd.leap+json":{"source":"iana","compressible":true},"application/vnd.liberty-request+xml":{"source":"iana","compressible":true},"application/vnd.llamagraphics.life-balance.desktop":{"source":"iana","extensions":["lbd"]},"application/vnd.llamagraphics.life-balance.exchange+xml":{"source":"iana","compressible":true,"extensions":["lbe"]},"application/vnd.logipipe.circuit+zip":{"source":"iana","compressible":false},"application/vnd.loom":{"source":"iana"},"application/vnd.lotus-1-2-3":{"source":"iana","extensions":["123"]},"application/vnd.lotus-approach":{"source":"iana","extensions":["apr"]},"application/vnd.lotus-freelance":{"source":"iana","extensions":["pre"]},"application/vnd.lotus-notes":{"source":"iana","extensions":["nsf"]},"application/vnd.lotus-organizer":{"source":"iana","extensions":["org"]},"application/vnd.lotus-screencam":{"source":"iana","extensions":["scm"]},"application/vnd.lotus-wordpro":{"source":"iana","extensions":["lwp"]},"application/vnd.macports.portpkg":{"source":"iana","extensions":["portpkg"]},"application/vnd.mapbox-vector-tile":{"source":"iana","extensions":["mvt"]},"application/vnd.marlin.drm.actiontoken+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.conftoken+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.license+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.mdcf":{"source":"iana"},"application/vnd.mason+json":{"source":"iana","compressible":true},"application/vnd.maxar.archive.3tz+zip":{"source":"iana","compressible":false},"application/vnd.maxmind.maxmind-db":{"source":"iana"},"application/vnd.mcd":{"source":"iana","extensions":["mcd"]},"application/vnd.medcalcdata":{"source":"iana","extensions":["mc1"]},"application/vnd.mediastation.cdkey":{"source":"iana","extensions":["cdkey"]},"application/vnd.meridian-slingshot":{"source":"iana"},"application/vnd.mfer":{"source":"iana","extensions":["mwf"]},"application/vnd.mfmp":{"source":"iana","extensions":["mfm"]},"application/vnd.micro+json":{"source":"iana","compressible":true},"application/vnd.micrografx.flo":{"source":"iana","extensions":["flo"]},"application/vnd.micrografx.igx":{"source":"iana","extensions":["igx"]},"application/vnd.microsoft.portable-executable":{"source":"iana"},"application/vnd.microsoft.windows.thumbnail-cache":{"source":"iana"},"application/vnd.miele+json":{"source":"iana","compressible":true},"application/vnd.mif":{"source":"iana","extensions":["mif"]},"application/vnd.minisoft-hp3000-save":{"source":"iana"},"application/vnd.mitsubishi.misty-guard.trustweb":{"source":"iana"},"application/vnd.mobius.daf":{"source":"iana","extensions":["daf"]},"application/vnd.mobius.dis":{"source":"iana","extensions":["dis"]},"application/vnd.mobius.mbk":{"source":"iana","extensions":["mbk"]},"application/vnd.mobius.mqy":{"source":"iana","extensions":["mqy"]},"application/vnd.mobius.msl":{"source":"iana","extensions":["msl"]},"application/vnd.mobius.plc":{"source":"iana","extensions":["plc"]},"application/vnd.mobius.txf":{"source":"iana","extensions":["txf"]},"application/vnd.mophun.application":{"source":"iana","extensions":["mpn"]},"application/vnd.mophun.certificate":{"source":"iana","extensions":["mpc"]},"application/vnd.motorola.flexsuite":{"source":"iana"},"application/vnd.motorola.flexsuite.adsi":{"source":"iana"},"application/vnd.motorola.flexsuite.fis":{"source":"iana"},"application/vnd.motorola.flexsuite.gotap":{"source":"iana"},"application/vnd.motorola.flexsuite.kmr":{"source":"iana"},"application/vnd.motorola.flexsuite.ttc":{"source":"iana"},"application/vnd.motorola.flexsuite.wem":{"source":"iana"},"application/vnd.motorola.iprm":{"source":"iana"},"application/vnd.mozilla.xul+xml":{"source":"iana","compressible":true,"extensions":["xul"]},"application/vnd.ms-3mfdocument":{"source":"iana"},"application/vnd.ms-artgalry":{"source":"iana","extensions":["cil"]},"application/vnd.ms-asf":{"source":"iana"},"application/vnd.ms-cab-compressed":{"source":"iana","extensions":["cab"]},"application/vnd.ms-color.iccprofile":{"source":"apache"},"application/vnd.ms-excel":{"source":"iana","compressible":false,"extensions":["xls","xlm","xla","xlc","xlt","xlw"]},"application/vnd.ms-excel.addin.macroenabled.12":{"source":"iana","extensions":["xlam"]},"application/vnd.ms-excel.sheet.binary.macroenabled.12":{"source":"iana","extensions":["xlsb"]},"application/vnd.ms-excel.sheet.macroenabled.12":{"source":"iana","extensions":["xlsm"]},"application/vnd.ms-excel.template.macroenabled.12":{"source":"iana","extensions":["xltm"]},"application/vnd.ms-fontobject":{"source":"iana","compressible":true,"extensions":["eot"]},"application/vnd.ms-htmlhelp":{"source":"iana","extensions":["chm"]},"application/vnd.ms-ims":{"source":"iana","extensions":["ims"]},"application/vnd.ms-lrm":{"source":"iana","extensions":["lrm"]},"application/vnd.ms-office.activex+xml":{"source":"iana","compressible":true},"application/vnd.ms-officetheme":{"source":"iana","extensions":["thmx"]},"application/vnd.ms-opentype":{"source":"apache","compressible":true},"application/vnd.ms-outlook":{"compressible":false,"extensions":["msg"]},"application/vnd.ms-package.obfuscated-opentype":{"source":"apache"},"application/vnd.ms-pki.seccat":{"source":"apache","extensions":["cat"]},"application/vnd.ms-pki.stl":{"source":"apache","extensions":["stl"]},"application/vnd.ms-playready.initiator+xml":{"source":"iana","compressible":true},"application/vnd.ms-powerpoint":{"source":"iana","compressible":false,"extensions":["ppt","pps","pot"]},"application/vnd.ms-powerpoint.addin.macroenabled.12":{"source":"iana","extensions":["ppam"]},"application/vnd.ms-powerpoint.presentation.macroenabled.12":{"source":"iana","extensions":["pptm"]},"application/vnd.ms-powerpoint.slide.macroenabled.12":{"source":"iana","extensions":["sldm"]},"application/vnd.ms-powerpoint.slideshow.macroenabled.12":{"source":"iana","extensions":["ppsm"]},"application/vnd.ms-powerpoint.template.macroenabled.12":{"source":"iana","extensions":["potm"]},"application/vnd.ms-printdevicecapabilities+xml":{"source":"iana","compressible":true},"application/vnd.ms-printing.printticket+xml":{"source":"apache","compressible":true},"application/vnd.ms-printschematicket+xml":{"source":"iana","compressible":true},"application/vnd.ms-project":{"source":"iana","extensions":["mpp","mpt"]},"application/vnd.ms-tnef":{"source":"iana"},"application/vnd.ms-windows.devicepairing":{"source":"iana"},"application/vnd.ms-windows.nwprinting.oob":{"source":"iana"},"application/vnd.ms-windows.printerpairing":{"source":"iana"},"application/vnd.ms-windows.wsd.oob":{"source":"iana"},"application/vnd.ms-wmdrm.lic-chlg-req":{"source":"iana"},"application/vnd.ms-wmdrm.lic-resp":{"source":"iana"},"application/vnd.ms-wmdrm.meter-chlg-req":{"source":"iana"},"application/vnd.ms-wmdrm.meter-resp":{"source":"iana"},"application/vnd.ms-word.document.macroenabled.12":{"source":"iana","extensions":["docm"]},"application/vnd.ms-word.template.macroenabled.12":{"source":"iana","extensions":["dotm"]},"application/vnd.ms-works":{"source":"iana","extensions":["wps","wks","wcm","wdb"]},"application/vnd.ms-wpl":{"source":"iana","extensions":["wpl"]},"application/vnd.ms-xpsdocument":{"source":"iana","compressible":false,"extensions":["xps"]},"application/vnd.msa-disk-image":{"source":"iana"},"application/vnd.mseq":{"source":"iana","extensions":["mseq"]},"application/vnd.msign":{"source":"iana"},"application/vnd.multiad.creator":{"source":"iana"},"application/vnd.multiad.creator.cif":{"source":"iana"},"application/vnd.music-niff":{"source":"iana"},"application/vnd.musician":{"source":"iana","extensions":["mus"]},"application/vnd.muvee.style":{"source":"iana","extensions":["msty"]},"application/vnd.mynfc":{"source":"iana","extensions":["taglet"]},"application/vnd.nacamar.ybrid+json":{"source":"iana","compressible":true},"application/vnd.ncd.control":{"source":"iana"},"application/vnd.ncd.reference":{"source":"iana"},"application/vnd.nearst.inv+json":{"source":"iana","compressible":true},"application/vnd.nebumind.line":{"source":"iana"},"application/vnd.nervana":{"source":"iana"},"application/vnd.netfpx":{"source":"iana"},"application/vnd.neurolanguage.nlu":{"source":"iana","extensions":["nlu"]},"application/vnd.nimn":{"source":"iana"},"application/vnd.nintendo.nitro.rom":{"source":"iana"},"application/vnd.nintendo.snes.rom":{"source":"iana"},"application/vnd.nitf":{"source":"iana","extensions":["ntf","nitf"]},"application/vnd.noblenet-directory":{"source":"iana","extensions":["nnd"]},"application/vnd.noblenet-sealer":{"source":"iana","extensions":["nns"]},"application/vnd.noblenet-web":{"source":"iana","extensions":["nnw"]},"application/vnd.nokia.catalogs":{"source":"iana"},"application/vnd.nokia.conml+wbxml":{"source":"iana"},"application/vnd.nokia.conml+xml":{"source":"iana","compressible":true},"application/vnd.nokia.iptv.config+xml":{"source":"iana","compressible":true},"application/vnd.nokia.isds-radio-presets":{"source":"iana"},"application/vnd.nokia.landmark+wbxml":{"source":"iana"},"application/vnd.nokia.landmark+xml":{"source":"iana","compressible":true},"application/vnd.nokia.landmarkcollection+xml":{"source":"iana","compressible":true},"application/vnd.nokia.n-gage.ac+xml":{"source":"iana","compressible":true,"extensions":["ac"]},"application/vnd.nokia.n-gage.data":{"source":"iana","extensions":["ngdat"]},"application/vnd.nokia.n-gage.symbian.install":{"source":"iana","extensions":["n-gage"]},"application/vnd.nokia.ncd":{"source":"iana"},"application/vnd.nokia.pcd+wbxml":{"source":"iana"},"application/vnd.nokia.pcd+xml":{"source":"iana","compressible":true},"application/vnd.nokia.radio-preset":{"source":"iana","extensions":["rpst"]},"application/vnd.nokia.radio-presets":{"source":"iana","extensions":["rpss"]},"application/vnd.novadigm.edm":{"source":"iana","extensions":["edm"]},"application/vnd.novadigm.edx":{"source":"iana","extensions":["edx"]},"application/vnd.novadigm.ext":{"source":"iana","extensions":["ext"]},"application/vnd.ntt-local.content-share":{"source":"iana"},"application/vnd.ntt-local.file-transfer":{"source":"iana"},"application/vnd.ntt-local.ogw_remote-access":{"source":"iana"},"application/vnd.ntt-local.sip-ta_remote":{"source":"iana"},"application/vnd.ntt-local.sip-ta_tcp_stream":{"source":"iana"},"application/vnd.oasis.opendocument.chart":{"source":"iana","extensions":["odc"]},"application/vnd.oasis.opendocument.chart-template":{"source":"iana","extensions":["otc"]},"application/vnd.oasis.opendocument.database":{"source":"iana","extensions":["odb"]},"application/vnd.oasis.opendocument.formula":{"source":"iana","extensions":["odf"]},"application/vnd.oasis.opendocument.formula-template":{"source":"iana","extensions":["odft"]},"application/vnd.oasis.opendocument.graphics":{"source":"iana","compressible":false,"extensions":["odg"]},"application/vnd.oasis.opendocument.graphics-template":{"source":"iana","extensions":["otg"]},"application/vnd.oasis.opendocument.image":{"source":"iana","extensions":["odi"]},"application/vnd.oasis.opendocument.image-template":{"source":"iana","extensions":["oti"]},"application/vnd.oasis.opendocument.presentation":{"source":"iana","compressible":false,"extensions":["odp"]},"application/vnd.oasis.opendocument.presentation-template":{"source":"iana","extensions":["otp"]},"application/vnd.oasis.opendocument.spreadsheet":{"source":"iana","compressible":false,"extensions":["ods"]},"application/vnd.oasis.opendocument.spreadsheet-template":{"source":"iana","extensions":["ots"]},"application/vnd.oasis.opendocument.text":{"source":"iana","compressible":false,"extensions":["odt"]},"application/vnd.oasis.opendocument.text-master":{"source":"iana","extensions":["odm"]},"application/vnd.oasis.opendocument.text-template":{"source":"iana","extensions":["ott"]},"application/vnd.oasis.opendocument.text-web":{"source":"iana","extensions":["oth"]},"application/vnd.obn":{"source":"iana"},"application/vnd.ocf+cbor":{"source":"iana"},"application/vnd.oci.image.manifest.v1+json":{"source":"iana","compressible":true},"application/vnd.oftn.l10n+json":{"source":"iana","compressible":true},"application/vnd.oipf.contentaccessdownload+xml":{"source":"iana","compressible":true},"application/vnd.oipf.contentaccessstreaming+xml":{"source":"iana","compressible":true},"application/vnd.oipf.cspg-hexbinary":{"source":"iana"},"application/vnd.oipf.dae.svg+xml":{"source":"iana","compressible":true},"application/vnd.oipf.dae.xhtml+xml":{"source":"iana","compressible":true},"application/vnd.oipf.mippvcontrolmessage+xml":{"source":"iana","compressible":true},"application/vnd.oipf.pae.gem":{"source":"iana"},"application/vnd.oipf.spdiscovery+xml":{"source":"iana","compressible":true},"application/vnd.oipf.spdlist+xml":{"source":"iana","compressible":true},"application/vnd.oipf.ueprofile+xml":{"source":"iana","compressible":true},"application/vnd.oipf.userprofile+xml":{"source":"iana","compressible":true},"application/vnd.olpc-sugar":{"source":"iana","extensions":["xo"]},"application/vnd.oma-scws-config":{"source":"iana"},"application/vnd.oma-scws-http-request":{"source":"iana"},"application/vnd.oma-scws-http-response":{"source":"iana"},"application/vnd.oma.bcast.associated-procedure-parameter+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.drm-trigger+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.imd+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.ltkm":{"source":"iana"},"application/vnd.oma.bcast.notification+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.provisioningtrigger":{"source":"iana"},"application/vnd.oma.bcast.sgboot":{"source":"iana"},"application/vnd.oma.bcast.sgdd+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.sgdu":{"source":"iana"},"application/vnd.oma.bcast.simple-symbol-container":{"source":"iana"},"application/vnd.oma.bcast.smartcard-trigger+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.sprov+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.stkm":{"source":"iana"},"application/vnd.oma.cab-address-book+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-feature-handler+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-pcc+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-subs-invite+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-user-prefs+xml":{"source":"iana","compressible":true},"application/vnd.oma.dcd":{"source":"iana"},"application/vnd.oma.dcdc":{"source":"iana"},"application/vnd.oma.dd2+xml":{"source":"iana","compressible":true,"extensions":["dd2"]},"application/vnd.oma.drm.risd+xml":{"source":"iana","compressible":true},"application/vnd.oma.group-usage-list+xml":{"source":"iana","compressible":true},"application/vnd.oma.lwm2m+cbor":{"source":"iana"},"application/vnd.oma.lwm2m+json":{"source":"iana","compressible":true},"application/vnd.oma.lwm2m+tlv":{"source":"iana"},"application/vnd.oma.pal+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.detailed-progress-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.final-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.groups+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.invocation-descriptor+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.optimized-progress-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.push":{"source":"iana"},"application/vnd.oma.scidm.messages+xml":{"source":"iana","compressible":true},"application/vnd.oma.xcap-directory+xml":{"source":"iana","compressible":true},"application/vnd.omads-email+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omads-file+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omads-folder+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omaloc-supl-init":{"source":"iana"},"application/vnd.onepager":{"source":"iana"},"application/vnd.onepagertamp":{"source":"iana"},"application/vnd.onepagertamx":{"source":"iana"},"application/vnd.onepagertat":{"source":"iana"},"application/vnd.onepagertatp":{"source":"iana"},"application/vnd.onepagertatx":{"source":"iana"},"application/vnd.openblox.game+xml":{"source":"iana","compressible":true,"extensions":["obgx"]},"application/vnd.openblox.game-binary":{"source":"iana"},"application/vnd.openeye.oeb":{"source":"iana"},"application/vnd.openofficeorg.extension":{"source":"apache","extensions":["oxt"]},"application/vnd.openstreetmap.data+xml":{"source":"iana","compressible":true,"extensions":["osm"]},"application/vnd.opentimestamps.ots":{"source":"iana"},"application/vnd.openxmlformats-officedocument.custom-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.customxmlproperties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawing+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.chart+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.extended-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.commentauthors+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.handoutmaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.notesmaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.presentation":{"source":"iana","compressible":false,"extensions":["pptx"]},"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.presprops+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slide":{"source":"iana","extensions":["sldx"]},"application/vnd.openxmlformats-officedocument.presentationml.slide+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slidelayout+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slidemaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slideshow":{"source":"iana","extensions":["ppsx"]},"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slideupdateinfo+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.tablestyles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.tags+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.template":{"source":"iana","extensions":["potx"]},"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.viewprops+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.calcchain+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcachedefinition+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcacherecords+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivottable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.revisionheaders+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.revisionlog+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":{"source":"iana","compressible":false,"extensions":["xlsx"]},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheetmetadata+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.tablesinglecells+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.template":{"source":"iana","extensions":["xltx"]},"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.usernames+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.volatiledependencies+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.theme+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.themeoverride+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.vmldrawing":{"source":"iana"},"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.document":{"source":"iana","compressible":false,"extensions":["docx"]},"application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.fonttable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.template":{"source":"iana","extensions":["dotx"]},"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.websettings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.core-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.relationships+xml":{"source":"iana","compressible":true},"application/vnd.oracle.resource+json":{"source":"iana","compressible":true},"application/vnd.orange.indata":{"source":"iana"},"application/vnd.osa.netdeploy":{"source":"iana"},"application/vnd.osgeo.mapguide.package":{"source":"iana","extensions":["mgp"]},"application/vnd.osgi.bundle":{"source":"iana"},"application/vnd.osgi.dp":{"source":"iana","extensions":["dp"]},"application/vnd.osgi.subsystem":{"source":"iana","extensions":["esa"]},"application/vnd.otps.ct-kip+xml":{"source":"iana","compressible":true},"application/vnd.oxli.countgraph":{"source":"iana"},"application/vnd.pagerduty+json":{"source":"iana","compressible":true},"application/vnd.palm":{"source":"iana","extensions":["pdb","pqa","oprc"]},"application/vnd.panoply":{"source":"iana"},"application/vnd.paos.xml":{"source":"iana"},"application/vnd.patentdive":{"source":"iana"},"application/vnd.patientecommsdoc":{"source":"iana"},"application/vnd.pawaafile":{"source":"iana","extensions":["paw"]},"application/vnd.pcos":{"source":"iana"},"application/vnd.pg.format":{"source":"iana","extensions":["str"]},"application/vnd.pg.osasli":{"source":"iana","extensions":["ei6"]},"application/vnd.piaccess.application-licence":{"source":"iana"},"application/vnd.picsel":{"source":"iana","extensions":["efif"]},"application/vnd.pmi.widget":{"source":"iana","extensions":["wg"]},"application/vnd.poc.group-advertisement+xml":{"source":"iana","compressible":true},"application/vnd.pocketlearn":{"source":"iana","extensions":["plf"]},"application/vnd.powerbuilder6":{"source":"iana","extensions":["pbd"]},"application/vnd.powerbuilder6-s":{"source":"iana"},"application/vnd.powerbuilder7":{"source":"iana"},"application/vnd.powerbuilder7-s":{"source":"iana"},"application/vnd.powerbuilder75":{"source":"iana"},"application/vnd.powerbuilder75-s":{"source":"iana"},"application/vnd.preminet":{"source":"iana"},"application/vnd.previewsystems.box":{"source":"iana","extensions":["box"]},"application/vnd.proteus.magazine":{"source":"iana","extensions":["mgz"]},"application/vnd.psfs":{"source":"iana"},"application/vnd.publishare-delta-tree":{"source":"iana","extensions":["qps"]},"application/vnd.pvi.ptid1":{"source":"iana","extensions":["ptid"]},"application/vnd.pwg-multiplexed":{"source":"iana"},"application/vnd.pwg-xhtml-print+xml":{"source":"iana","compressible":true},"application/vnd.qualcomm.brew-app-res":{"source":"iana"},"application/vnd.quarantainenet":{"source":"iana"},"application/vnd.quark.quarkxpress":{"source":"iana","extensions":["qxd","qxt","qwd","qwt","qxl","qxb"]},"application/vnd.quobject-quoxdocument":{"source":"iana"},"application/vnd.radisys.moml+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-conf+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-conn+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-dialog+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-stream+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-conf+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-base+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-fax-detect+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-fax-sendrecv+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-group+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-speech+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-transform+xml":{"source":"iana","compressible":true},"application/vnd.rainstor.data":{"source":"iana"},"application/vnd.rapid":{"source":"iana"},"application/vnd.rar":{"source":"iana","extensions":["rar"]},"application/vnd.realvnc.bed":{"source":"iana","extensions":["bed"]},"application/vnd.recordare.musicxml":{"source":"iana","extensions":["mxl"]},"application/vnd.recordare.musicxml+xml":{"source":"iana","compressible":true,"extensions":["musicxml"]},"application/vnd.renlearn.rlprint":{"source":"iana"},"application/vnd.resilient.logic":{"source":"iana"},"application/vnd.restful+json":{"source":"iana","compressible":true},"application/vnd.rig.cryptonote":{"source":"iana","extensions":["cryptonote"]},"application/vnd.rim.cod":{"source":"apache","extensions":["cod"]},"application/vnd.rn-realmedia":{"source":"apache","extensions":["rm"]},"application/vnd.rn-realmedia-vbr":{"source":"apache","extensions":["rmvb"]},"application/vnd.route66.link66+xml":{"source":"iana","compressible":true,"extensions":["link66"]},"application/vnd.rs-274x":{"source":"iana"},"application/vnd.ruckus.download":{"source":"iana"},"application/vnd.s3sms":{"source":"iana"},"application/vnd.sailingtracker.track":{"source":"iana","extensions":["st"]},"application/vnd.sar":{"source":"iana"},"application/vnd.sbm.cid":{"source":"iana"},"application/vnd.sbm.mid2":{"source":"iana"},"application/vnd.scribus":{"source":"iana"},"application/vnd.sealed.3df":{"source":"iana"},"application/vnd.sealed.csf":{"source":"iana"},"application/vnd.sealed.doc":{"source":"iana"},"application/vnd.sealed.eml":{"source":"iana"},"application/vnd.sealed.mht":{"source":"iana"},"application/vnd.sealed.net":{"source":"iana"},"application/vnd.sealed.ppt":{"source":"iana"},"application/vnd.sealed.tiff":{"source":"iana"},"application/vnd.sealed.xls":{"source":"iana"},"application/vnd.sealedmedia.softseal.html":{"source":"iana"},"application/vnd.sealedmedia.softseal.pdf":{"source":"iana"},"application/vnd.seemail":{"source":"iana","extensions":["see"]},"application/vnd.seis+json":{"source":"iana","compressible":true},"application/vnd.sema":{"source":"iana","extensions":["sema"]},"application/vnd.semd":{"source":"iana","extensions":["semd"]},"application/vnd.semf":{"source":"iana","extensions":["semf"]},"application/vnd.shade-save-file":{"source":"iana"},"application/vnd.shana.informed.formdata":{"source":"iana","extensions":["ifm"]},"application/vnd.shana.informed.formtemplate":{"source":"iana","extensions":["itp"]},"application/vnd.shana.informed.interchange":{"source":"iana","extensions":["iif"]},"application/vnd.shana.informed.package":{"source":"iana","extensions":["ipk"]},"application/vnd.shootproof+json":{"source":"iana","compressible":true},"application/vnd.shopkick+json":{"source":"iana","compressible":true},"application/vnd.shp":{"source":"iana"},"application/vnd.shx":{"source":"iana"},"application/vnd.sigrok.session":{"source":"iana"},"application/vnd.simtech-mindmapper":{"source":"iana","extensions":["twd","twds"]},"application/vnd.siren+json":{"source":"iana","compressible":true},"application/vnd.smaf":{"source":"iana","extensions":["mmf"]},"application/vnd.smart.notebook":{"source":"iana"},"application/vnd.smart.teacher":{"source":"iana","extensions":["teacher"]},"application/vnd.snesdev-page-table":{"source":"iana"},"application/vnd.software602.filler.form+xml":{"source":"iana","compressible":true,"extensions":["fo"]},"application/vnd.software602.filler.form-xml-zip":{"source":"iana"},"application/vnd.solent.sdkm+xml":{"source":"iana","compressible":true,"extensions":["sdkm","sdkd"]},"application/vnd.spotfire.dxp":{"source":"iana","extensions":["dxp"]},"application/vnd.spotfire.sfs":{"source":"iana","extensions":["sfs"]},"application/vnd.sqlite3":{"source":"iana"},"application/vnd.sss-cod":{"source":"iana"},"application/vnd.sss-dtf":{"source":"iana"},"application/vnd.sss-ntf":{"source":"iana"},"application/vnd.stardivision.calc":{"source":"apache","extensions":["sdc"]},"application/vnd.stardivision.draw":{"source":"apache","extensions":["sda"]},"application/vnd.stardivision.impress":{"source":"apache","extensions":["sdd"]},"application/vnd.stardivision.math":{"source":"apache","extensions":["smf"]},"application/vnd.stardivision.writer":{"source":"apache","extensions":["sdw","vor"]},"application/vnd.stardivision.writer-global":{"source":"apache","extensions":["sgl"]},"application/vnd.stepmania.package":{"source":"iana","extensions":["smzip"]},"application/vnd.stepmania.stepchart":{"source":"iana","extensions":["sm"]},"application/vnd.street-stream":{"source":"iana"},"application/vnd.sun.wadl+xml":{"source":"iana","compressible":true,"extensions":["wadl"]},"application/vnd.sun.xml.calc":{"source":"apache","extensions":["sxc"]},"application/vnd.sun.xml.calc.template":{"source":"apache","extensions":["stc"]},"application/vnd.sun.xml.draw":{"source":"apache","extensions":["sxd"]},"application/vnd.sun.xml.draw.template":{"source":"apache","extensions":["std"]},"application/vnd.sun.xml.impress":{"source":"apache","extensions":["sxi"]},"application/vnd.sun.xml.impress.template":{"source":"apache","extensions":["sti"]},"application/vnd.sun.xml.math":{"source":"apache","extensions":["sxm"]},"application/vnd.sun.xml.writer":{"source":"apache","extensions":["sxw"]},"application/vnd.sun.xml.writer.global":{"source":"apache","extensions":["sxg"]},"application/vnd.sun.xml.writer.template":{"source":"apache","extensions":["stw"]},"application/vnd.sus-calendar":{"source":"iana","extensions":["sus","susp"]},"application/vnd.svd":{"source":"iana","extensions":["svd"]},"application/vnd.swiftview-ics":{"source":"iana"},"application/vnd.sycle+xml":{"source":"iana","compressible":true},"application/vnd.syft+json":{"source":"iana","compressible":true},"application/vnd.symbian.install":{"source":"apache","extensions":["sis","sisx"]},"application/vnd.syncml+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["xsm"]},"application/vnd.syncml.dm+wbxml":{"source":"iana","charset":"UTF-8","extensions":["bdm"]},"application/vnd.syncml.dm+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["xdm"]},"application/vnd.syncml.dm.notification":{"source":"iana"},"application/vnd.syncml.dmddf+wbxml":{"source":"iana"},"application/vnd.syncml.dmddf+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["ddf"]},"application/vnd.syncml.dmtnds+wbxml":{"source":"iana"},"application/vnd.syncml.dmtnds+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.syncml.ds.notification":{"source":"iana"},"application/vnd.tableschema+json":{"source":"iana","compressible":true},"application/vnd.tao.intent-module-archive":{"source":"iana","extensions":["tao"]},"application/vnd.tcpdump.pcap":{"source":"iana","extensions":["pcap","cap","dmp"]},"application/vnd.think-cell.ppttc+json":{"source":"iana","compressible":true},"application/vnd.tmd.mediaflex.api+xml":{"source":"iana","compressible":true},"application/vnd.tml":{"source":"iana"},"application/vnd.tmobile-livetv":{"source":"iana","extensions":["tmo"]},"application/vnd.tri.onesource":{"source":"iana"},"application/vnd.trid.tpt":{"source":"iana","extensions":["tpt"]},"application/vnd.triscape.mxs":{"source":"iana","extensions":["mxs"]},"application/vnd.trueapp":{"source":"iana","extensions":["tra"]},"application/vnd.truedoc":{"source":"iana"},"application/vnd.ubisoft.webplayer":{"source":"iana"},"application/vnd.ufdl":{"source":"iana","extensions":["ufd","ufdl"]},"application/vnd.uiq.theme":{"source":"iana","extensions":["utz"]},"application/vnd.umajin":{"source":"iana","extensions":["umj"]},"application/vnd.unity":{"source":"iana","extensions":["unityweb"]},"application/vnd.uoml+xml":{"source":"iana","compressible":true,"extensions":["uoml"]},"application/vnd.uplanet.alert":{"source":"iana"},"application/vnd.uplanet.alert-wbxml":{"source":"iana"},"application/vnd.uplanet.bearer-choice":{"source":"iana"},"application/vnd.uplanet.bearer-choice-wbxml":{"source":"iana"},"application/vnd.uplanet.cacheop":{"source":"iana"},"application/vnd.uplanet.cacheop-wbxml":{"source":"iana"},"application/vnd.uplanet.channel":{"source":"iana"},"application/vnd.uplanet.channel-wbxml":{"source":"iana"},"application/vnd.uplanet.list":{"source":"iana"},"application/vnd.uplanet.list-wbxml":{"source":"iana"},"application/vnd.uplanet.listcmd":{"source":"iana"},"application/vnd.uplanet.listcmd-wbxml":{"source":"iana"},"application/vnd.uplanet.signal":{"source":"iana"},"application/vnd.uri-map":{"source":"iana"},"application/vnd.valve.source.material":{"source":"iana"},"application/vnd.vcx":{"source":"iana","extensions":["vcx"]},"application/vnd.vd-study":{"source":"iana"},"application/vnd.vectorworks":{"source":"iana"},"application/vnd.vel+json":{"source":"iana","compressible":true},"application/vnd.verimatrix.vcas":{"source":"iana"},"application/vnd.veritone.aion+json":{"source":"iana","compressible":true},"application/vnd.veryant.thin":{"source":"iana"},"application/vnd.ves.encrypted":{"source":"iana"},"application/vnd.vidsoft.vidconference":{"source":"iana"},"application/vnd.visio":{"source":"iana","extensions":["vsd","vst","vss","vsw"]},"application/vnd.visionary":{"source":"iana","extensions":["vis"]},"application/vnd.vividence.scriptfile":{"source":"iana"},"application/vnd.vsf":{"source":"iana","extensions":["vsf"]},"application/vnd.wap.sic":{"source":"iana"},"application/vnd.wap.slc":{"source":"iana"},"application/vnd.wap.wbxml":{"source":"iana","charset":"UTF-8","extensions":["wbxml"]},"application/vnd.wap.wmlc":{"source":"iana","extensions":["wmlc"]},"application/vnd.wap.wmlscriptc":{"source":"iana","extensions":["wmlsc"]},"application/vnd.webturbo":{"source":"iana","extensions":["wtb"]},"application/vnd.wfa.dpp":{"source":"iana"},"application/vnd.wfa.p2p":{"source":"iana"},"application/vnd.wfa.wsc":{"source":"iana"},"application/vnd.windows.devicepairing":{"source":"iana"},"application/vnd.wmc":{"source":"iana"},"application/vnd.wmf.bootstrap":{"source":"iana"},"application/vnd.wolfram.mathematica":{"source":"iana"},"application/vnd.wolfram.mathematica.package":{"source":"iana"},"application/vnd.wolfram.player":{"source":"iana","extensions":["nbp"]},"application/vnd.wordperfect":{"source":"iana","extensions":["wpd"]},"application/vnd.wqd":{"source":"iana","extensions":["wqd"]},"application/vnd.wrq-hp3000-labelled":{"source":"iana"},"application/vnd.wt.stf":{"source":"iana","extensions":["stf"]},"application/vnd.wv.csp+wbxml":{"source":"iana"},"application/vnd.wv.csp+xml":{"source":"iana","compressible":true},"application/vnd.wv.ssp+xml":{"source":"iana","compressible":true},"application/vnd.xacml+json":{"source":"iana","compressible":true},"application/vnd.xara":{"source":"iana","extensions":["xar"]},"application/vnd.xfdl":{"source":"iana","extensions":["xfdl"]},"application/vnd.xfdl.webform":{"source":"iana"},"application/vnd.xmi+xml":{"source":"iana","compressible":true},"application/vnd.xmpie.cpkg":{"source":"iana"},"application/vnd.xmpie.dpkg":{"source":"iana"},"application/vnd.xmpie.plan":{"source":"iana"},"application/vnd.xmpie.ppkg":{"source":"iana"},"application/vnd.xmpie.xlim":{"source":"iana"},"application/vnd.yamaha.hv-dic":{"source":"iana","extensions":["hvd"]},"application/vnd.yamaha.hv-script":{"source":"iana","extensions":["hvs"]},"application/vnd.yamaha.hv-voice":{"source":"iana","extensions":["hvp"]},"application/vnd.yamaha.openscoreformat":{"source":"iana","extensions":["osf"]},"application/vnd.yamaha.openscoreformat.osfpvg+xml":{"source":"iana","compressible":true,"extensions":["osfpvg"]},"application/vnd.yamaha.remote-setup":{"source":"iana"},"application/vnd.yamaha.smaf-audio":{"source":"iana","extensions":["saf"]},"application/vnd.yamaha.smaf-phrase":{"source":"iana","extensions":["spf"]},"application/vnd.yamaha.through-ngn":{"source":"iana"},"application/vnd.yamaha.tunnel-udpencap":{"source":"iana"},"application/vnd.yaoweme":{"source":"iana"},"application/vnd.yellowriver-custom-menu":{"source":"iana","extensions":["cmp"]},"application/vnd.youtube.yt":{"source":"iana"},"application/vnd.zul":{"source":"iana","extensions":["zir","zirz"]},"application/vnd.zzazz.deck+xml":{"source":"iana","compressible":true,"extensions":["zaz"]},"application/voicexml+xml":{"source":"iana","compressible":true,"extensions":["vxml"]},"application/voucher-cms+json":{"source":"iana","compressible":true},"application/vq-rtcpxr":{"source":"iana"},"application/wasm":{"source":"iana","compressible":true,"extensions":["wasm"]},"application/watcherinfo+xml":{"source":"iana","compressible":true,"extensions":["wif"]},"application/webpush-options+json":{"source":"iana","compressible":true},"application/whoispp-query":{"source":"iana"},"application/whoispp-response":{"source":"iana"},"application/widget":{"source":"iana","extensions":["wgt"]},"application/winhlp":{"source":"apache","extensions":["hlp"]},"application/wita":{"source":"iana"},"application/wordperfect5.1":{"source":"iana"},"application/wsdl+xml":{"source":"iana","compressible":true,"extensions":["wsdl"]},"application/wspolicy+xml":{"source":"iana","compressible":true,"extensions":["wspolicy"]},"application/x-7z-compressed":{"source":"apache","compressible":false,"extensions":["7z"]},"application/x-abiword":{"source":"apache","extensions":["abw"]},"application/x-ace-compressed":{"source":"apache","extensions":["ace"]},"application/x-amf":{"source":"apache"},"application/x-apple-diskimage":{"source":"apache","extensions":["dmg"]},"application/x-arj":{"compressible":false,"extensions":["arj"]},"application/x-authorware-bin":{"source":"apache","extensions":["aab","x32","u32","vox"]},"application/x-authorware-map":{"source":"apache","extensions":["aam"]},"application/x-authorware-seg":{"source":"apache","extensions":["aas"]},"application/x-bcpio":{"source":"apache","extensions":["bcpio"]},"application/x-bdoc":{"compressible":false,"extensions":["bdoc"]},"application/x-bittorrent":{"source":"apache","extensions":["torrent"]},"application/x-blorb":{"source":"apache","extensions":["blb","blorb"]},"application/x-bzip":{"source":"apache","compressible":false,"extensions":["bz"]},"application/x-bzip2":{"source":"apache","compressible":false,"extensions":["bz2","boz"]},"application/x-cbr":{"source":"apache","extensions":["cbr","cba","cbt","cbz","cb7"]},"application/x-cdlink":{"source":"apache","extensions":["vcd"]},"application/x-cfs-compressed":{"source":"apache","extensions":["cfs"]},"application/x-chat":{"source":"apache","extensions":["chat"]},"application/x-chess-pgn":{"source":"apache","extensions":["pgn"]},"application/x-chrome-extension":{"extensions":["crx"]},"application/x-cocoa":{"source":"nginx","extensions":["cco"]},"application/x-compress":{"source":"apache"},"application/x-conference":{"source":"apache","extensions":["nsc"]},"application/x-cpio":{"source":"apache","extensions":["cpio"]},"application/x-csh":{"source":"apache","extensions":["csh"]},"application/x-deb":{"compressible":false},"application/x-debian-package":{"source":"apache","extensions":["deb","udeb"]},"application/x-dgc-compressed":{"source":"apache","extensions":["dgc"]},"application/x-director":{"source":"apache","extensions":["dir","dcr","dxr","cst","cct","cxt","w3d","fgd","swa"]},"application/x-doom":{"source":"apache","extensions":["wad"]},"application/x-dtbncx+xml":{"source":"apache","compressible":true,"extensions":["ncx"]},"application/x-dtbook+xml":{"source":"apache","compressible":true,"extensions":["dtb"]},"application/x-dtbresource+xml":{"source":"apache","compressible":true,"extensions":["res"]},"application/x-dvi":{"source":"apache","compressible":false,"extensions":["dvi"]},"application/x-envoy":{"source":"apache","extensions":["evy"]},"application/x-eva":{"source":"apache","extensions":["eva"]},"application/x-font-bdf":{"source":"apache","extensions":["bdf"]},"application/x-font-dos":{"source":"apache"},"application/x-font-framemaker":{"source":"apache"},"application/x-font-ghostscript":{"source":"apache","extensions":["gsf"]},"application/x-font-libgrx":{"source":"apache"},"application/x-font-linux-psf":{"source":"apache","extensions":["psf"]},"application/x-font-pcf":{"source":"apache","extensions":["pcf"]},"application/x-font-snf":{"source":"apache","extensions":["snf"]},"application/x-font-speedo":{"source":"apache"},"application/x-font-sunos-news":{"source":"apache"},"application/x-font-type1":{"source":"apache","extensions":["pfa","pfb","pfm","afm"]},"application/x-font-vfont":{"source":"apache"},"application/x-freearc":{"source":"apache","extensions":["arc"]},"application/x-futuresplash":{"source":"apache","extensions":["spl"]},"application/x-gca-compressed":{"source":"apache","extensions":["gca"]},"application/x-glulx":{"source":"apache","extensions":["ulx"]},"application/x-gnumeric":{"source":"apache","extensions":["gnumeric"]},"application/x-gramps-xml":{"source":"apache","extensions":["gramps"]},"application/x-gtar":{"source":"apache","extensions":["gtar"]},"application/x-gzip":{"source":"apache"},"application/x-hdf":{"source":"apache","extensions":["hdf"]},"application/x-httpd-php":{"compressible":true,"extensions":["php"]},"application/x-install-instructions":{"source":"apache","extensions":["install"]},"application/x-iso9660-image":{"source":"apache","extensions":["iso"]},"application/x-iwork-keynote-sffkey":{"extensions":["key"]},"application/x-iwork-numbers-sffnumbers":{"extensions":["numbers"]},"application/x-iwork-pages-sffpages":{"extensions":["pages"]},"application/x-java-archive-diff":{"source":"nginx","extensions":["jardiff"]},"application/x-java-jnlp-file":{"source":"apache","compressible":false,"extensions":["jnlp"]},"application/x-javascript":{"compressible":true},"application/x-keepass2":{"extensions":["kdbx"]},"application/x-latex":{"source":"apache","compressible":false,"extensions":["latex"]},"application/x-lua-bytecode":{"extensions":["luac"]},"application/x-lzh-compressed":{"source":"apache","extensions":["lzh","lha"]},"application/x-makeself":{"source":"nginx","extensions":["run"]},"application/x-mie":{"source":"apache","extensions":["mie"]},"application/x-mobipocket-ebook":{"source":"apache","extensions":["prc","mobi"]},"application/x-mpegurl":{"compressible":false},"application/x-ms-application":{"source":"apache","extensions":["application"]},"application/x-ms-shortcut":{"source":"apache","extensions":["lnk"]},"application/x-ms-wmd":{"source":"apache","extensions":["wmd"]},"application/x-ms-wmz":{"source":"apache","extensions":["wmz"]},"application/x-ms-xbap":{"source":"apache","extensions":["xbap"]},"application/x-msaccess":{"source":"apache","extensions":["mdb"]},"application/x-msbinder":{"source":"apache","extensions":["obd"]},"application/x-mscardfile":{"source":"apache","extensions":["crd"]},"application/x-msclip":{"source":"apache","extensions":["clp"]},"application/x-msdos-program":{"extensions":["exe"]},"application/x-msdownload":{"source":"apache","extensions":["exe","dll","com","bat","msi"]},"application/x-msmediaview":{"source":"apache","extensions":["mvb","m13","m14"]},"application/x-msmetafile":{"source":"apache","extensions":["wmf","wmz","emf","emz"]},"application/x-msmoney":{"source":"apache","extensions":["mny"]},"application/x-mspublisher":{"source":"apache","extensions":["pub"]},"application/x-msschedule":{"source":"apache","extensions":["scd"]},"application/x-msterminal":{"source":"apache","extensions":["trm"]},"application/x-mswrite":{"source":"apache","extensions":["wri"]},"application/x-netcdf":{"source":"apache","extensions":["nc","cdf"]},"application/x-ns-proxy-autoconfig":{"compressible":true,"extensions":["pac"]},"application/x-nzb":{"source":"apache","extensions":["nzb"]},"application/x-perl":{"source":"nginx","extensions":["pl","pm"]},"application/x-pilot":{"source":"nginx","extensions":["prc","pdb"]},"application/x-pkcs12":{"source":"apache","compressible":false,"extensions":["p12","pfx"]},"application/x-pkcs7-certificates":{"source":"apache","extensions":["p7b","spc"]},"application/x-pkcs7-certreqresp":{"source":"apache","extensions":["p7r"]},"application/x-pki-message":{"source":"iana"},"application/x-rar-compressed":{"source":"apache","compressible":false,"extensions":["rar"]},"application/x-redhat-package-manager":{"source":"nginx","extensions":["rpm"]},"application/x-research-info-systems":{"source":"apache","extensions":["ris"]},"application/x-sea":{"source":"nginx","extensions":["sea"]},"application/x-sh":{"source":"apache","compressible":true,"extensions":["sh"]},"application/x-shar":{"source":"apache","extensions":["shar"]},"application/x-shockwave-flash":{"source":"apache","compressible":false,"extensions":["swf"]},"application/x-silverlight-app":{"source":"apache","extensions":["xap"]},"application/x-sql":{"source":"apache","extensions":["sql"]},"application/x-stuffit":{"source":"apache","compressible":false,"extensions":["sit"]},"application/x-stuffitx":{"source":"apache","extensions":["sitx"]},"application/x-subrip":{"source":"apache","extensions":["srt"]},"application/x-sv4cpio":{"source":"apache","extensions":["sv4cpio"]},"application/x-sv4crc":{"source":"apache","extensions":["sv4crc"]},"application/x-t3vm-image":{"source":"apache","extensions":["t3"]},"application/x-tads":{"source":"apache","extensions":["gam"]},"application/x-tar":{"source":"apache","compressible":true,"extensions":["tar"]},"application/x-tcl":{"source":"apache","extensions":["tcl","tk"]},"application/x-tex":{"source":"apache","extensions":["tex"]},"application/x-tex-tfm":{"source":"apache","extensions":["tfm"]},"application/x-texinfo":{"source":"apache","extensions":["texinfo","texi"]},"application/x-tgif":{"source":"apache","extensions":["obj"]},"application/x-ustar":{"source":"apache","extensions":["ustar"]},"application/x-virtualbox-hdd":{"compressible":true,"extensions":["hdd"]},"application/x-virtualbox-ova":{"compressible":true,"extensions":["ova"]},"application/x-virtualbox-ovf":{"compressible":true,"extensions":["ovf"]},"application/x-virtualbox-vbox":{"compressible":true,"extensions":["vbox"]},"application/x-virtualbox-vbox-extpack":{"compressible":false,"extensions":["vbox-extpack"]},"application/x-virtualbox-vdi":{"compressible":true,"extensions":["vdi"]},"application/x-virtualbox-vhd":{"compressible":true,"extensions":["vhd"]},"application/x-virtualbox-vmdk":{"compressible":true,"extensions":["vmdk"]},"application/x-wais-source":{"source":"apache","extensions":["src"]},"application/x-web-app-manifest+json":{"compressible":true,"extensions":["webapp"]},"application/x-www-form-urlencoded":{"source":"iana","compressible":true},"application/x-x509-ca-cert":{"source":"iana","extensions":["der","crt","pem"]},"application/x-x509-ca-ra-cert":{"source":"iana"},"application/x-x509-next-ca-cert":{"source":"iana"},"application/x-xfig":{"source":"apache","extensions":["fig"]},"application/x-xliff+xml":{"source":"apache","compressible":true,"extensions":["xlf"]},"application/x-xpinstall":{"source":"apache","compressible":false,"extensions":["xpi"]},"application/x-xz":{"source":"apache","extensions":["xz"]},"application/x-zmachine":{"source":"apache","extensions":["z1","z2","z3","z4","z5","z6","z7","z8"]},"application/x400-bp":{"source":"iana"},"application/xacml+xml":{"source":"iana","compressible":true},"application/xaml+xml":{"source":"apache","compressible":true,"extensions":["xaml"]},"application/xcap-att+xml":{"source":"iana","compressible":true,"extensions":["xav"]},"application/xcap-caps+xml":{"source":"iana","compressible":true,"extensions":["xca"]},"application/xcap-diff+xml":{"source":"iana","compressible":true,"extensions":["xdf"]},"application/xcap-el+xml":{"source":"iana","compressible":true,"extensions":["xel"]},"application/xcap-error+xml":{"source":"iana","compressible":true},"application/xcap-ns+xml":{"source":"iana","compressible":true,"extensions":["xns"]},"application/xcon-conference-info+xml":{"source":"iana","compressible":true},"application/xcon-conference-info-diff+xml":{"source":"iana","compressible":true},"application/xenc+xml":{"source":"iana","compressible":true,"extensions":["xenc"]},"application/xhtml+xml":{"source":"iana","compressible":true,"extensions":["xhtml","xht"]},"application/xhtml-voice+xml":{"source":"apache","compressible":true},"application/xliff+xml":{"source":"iana","compressible":true,"extensions":["xlf"]},"application/xml":{"source":"iana","compressible":true,"extensions":["xml","xsl","xsd","rng"]},"application/xml-dtd":{"source":"iana","compressible":true,"extensions":["dtd"]},"application/xml-external-parsed-entity":{"source":"iana"},"application/xml-patch+xml":{"source":"iana","compressible":true},"application/xmpp+xml":{"source":"iana","compressible":true},"application/xop+xml":{"source":"iana","compressible":true,"extensions":["xop"]},"application/xproc+xml":{"source":"apache","compressible":true,"extensions":["xpl"]},"application/xslt+xml":{"source":"iana","compressible":true,"extensions":["xsl","xslt"]},"application/xspf+xml":{"source":"apache","compressible":true,"extensions":["xspf"]},"application/xv+xml":{"source":"iana","compressible":true,"extensions":["mxml","xhvml","xvml","xvm"]},"application/yang":{"source":"iana","extensions":["yang"]},"application/yang-data+json":{"source":"iana","compressible":true},"application/yang-data+xml":{"source":"iana","compressible":true},"application/yang-patch+json":{"source":"iana","compressible":true},"application/yang-patch+xml":{"source":"iana","compressible":true},"application/yin+xml":{"source":"iana","compressible":true,"extensions":["yin"]},"application/zip":{"source":"iana","compressible":false,"extensions":["zip"]},"application/zlib":{"source":"iana"},"application/zstd":{"source":"iana"},"audio/1d-interleaved-parityfec":{"source":"iana"},"audio/32kadpcm":{"source":"iana"},"audio/3gpp":{"source":"iana","compressible":false,"extensions":["3gpp"]},"audio/3gpp2":{"source":"iana"},"audio/aac":{"source":"iana"},"audio/ac3":{"source":"iana"},"audio/adpcm":{"source":"apache","extensions":["adp"]},"audio/amr":{"source":"iana","extensions":["amr"]},"audio/amr-wb":{"source":"iana"},"audio/amr-wb+":{"source":"iana"},"audio/aptx":{"source":"iana"},"audio/asc":{"source":"iana"},"audio/atrac-advanced-lossless":{"source":"iana"},"audio/atrac-x":{"source":"iana"},"audio/atrac3":{"source":"iana"},"audio/basic":{"source":"iana","compressible":false,"extensions":["au","snd"]},"audio/bv16":{"source":"iana"},"audio/bv32":{"source":"iana"},"audio/clearmode":{"source":"iana"},"audio/cn":{"source":"iana"},"audio/dat12":{"source":"iana"},"audio/dls":{"source":"iana"},"audio/dsr-es201108":{"source":"iana"},"audio/dsr-es202050":{"source":"iana"},"audio/dsr-es202211":{"source":"iana"},"audio/dsr-es202212":{"source":"iana"},"audio/dv":{"source":"iana"},"audio/dvi4":{"source":"iana"},"audio/eac3":{"source":"iana"},"audio/encaprtp":{"source":"iana"},"audio/evrc":{"source":"iana"},"audio/evrc-qcp":{"source":"iana"},"audio/evrc0":{"source":"iana"},"audio/evrc1":{"source":"iana"},"audio/evrcb":{"source":"iana"},"audio/evrcb0":{"source":"iana"},"audio/evrcb1":{"source":"iana"},"audio/evrcnw":{"source":"iana"},"audio/evrcnw0":{"source":"iana"},"audio/evrcnw1":{"source":"iana"},"audio/evrcwb":{"source":"iana"},"audio/evrcwb0":{"source":"iana"},"audio/evrcwb1":{"source":"iana"},"audio/evs":{"source":"iana"},"audio/flexfec":{"source":"iana"},"audio/fwdred":{"source":"iana"},"audio/g711-0":{"source":"iana"},"audio/g719":{"source":"iana"},"audio/g722":{"source":"iana"},"audio/g7221":{"source":"iana"},"audio/g723":{"source":"iana"},"audio/g726-16":{"source":"iana"},"audio/g726-24":{"source":"iana"},"audio/g726-32":{"source":"iana"},"audio/g726-40":{"source":"iana"},"audio/g728":{"source":"iana"},"audio/g729":{"source":"iana"},"audio/g7291":{"source":"iana"},"audio/g729d":{"source":"iana"},"audio/g729e":{"source":"iana"},"audio/gsm":{"source":"iana"},"audio/gsm-efr":{"source":"iana"},"audio/gsm-hr-08":{"source":"iana"},"audio/ilbc":{"source":"iana"},"audio/ip-mr_v2.5":{"source":"iana"},"audio/isac":{"source":"apache"},"audio/l16":{"source":"iana"},"audio/l20":{"source":"iana"},"audio/l24":{"source":"iana","compressible":false},"audio/l8":{"source":"iana"},"audio/lpc":{"source":"iana"},"audio/melp":{"source":"iana"},"audio/melp1200":{"source":"iana"},"audio/melp2400":{"source":"iana"},"audio/melp600":{"source":"iana"},"audio/mhas":{"source":"iana"},"audio/midi":{"source":"apache","extensions":["mid","midi","kar","rmi"]},"audio/mobile-xmf":{"source":"iana","extensions":["mxmf"]},"audio/mp3":{"compressible":false,"extensions":["mp3"]},"audio/mp4":{"source":"iana","compressible":false,"extensions":["m4a","mp4a"]},"audio/mp4a-latm":{"source":"iana"},"audio/mpa":{"source":"iana"},"audio/mpa-robust":{"source":"iana"},"audio/mpeg":{"source":"iana","compressible":false,"extensions":["mpga","mp2","mp2a","mp3","m2a","m3a"]},"audio/mpeg4-generic":{"source":"iana"},"audio/musepack":{"source":"apache"},"audio/ogg":{"source":"iana","compressible":false,"extensions":["oga","ogg","spx","opus"]},"audio/opus":{"source":"iana"},"audio/parityfec":{"source":"iana"},"audio/pcma":{"source":"iana"},"audio/pcma-wb":{"source":"iana"},"audio/pcmu":{"source":"iana"},"audio/pcmu-wb":{"source":"iana"},"audio/prs.sid":{"source":"iana"},"audio/qcelp":{"source":"iana"},"audio/raptorfec":{"source":"iana"},"audio/red":{"source":"iana"},"audio/rtp-enc-aescm128":{"source":"iana"},"audio/rtp-midi":{"source":"iana"},"audio/rtploopback":{"source":"iana"},"audio/rtx":{"source":"iana"},"audio/s3m":{"source":"apache","extensions":["s3m"]},"audio/scip":{"source":"iana"},"audio/silk":{"source":"apache","extensions":["sil"]},"audio/smv":{"source":"iana"},"audio/smv-qcp":{"source":"iana"},"audio/smv0":{"source":"iana"},"audio/sofa":{"source":"iana"},"audio/sp-midi":{"source":"iana"},"audio/speex":{"source":"iana"},"audio/t140c":{"source":"iana"},"audio/t38":{"source":"iana"},"audio/telephone-event":{"source":"iana"},"audio/tetra_acelp":{"source":"iana"},"audio/tetra_acelp_bb":{"source":"iana"},"audio/tone":{"source":"iana"},"audio/tsvcis":{"source":"iana"},"audio/uemclip":{"source":"iana"},"audio/ulpfec":{"source":"iana"},"audio/usac":{"source":"iana"},"audio/vdvi":{"source":"iana"},"audio/vmr-wb":{"source":"iana"},"audio/vnd.3gpp.iufp":{"source":"iana"},"audio/vnd.4sb":{"source":"iana"},"audio/vnd.audiokoz":{"source":"iana"},"audio/vnd.celp":{"source":"iana"},"audio/vnd.cisco.nse":{"source":"iana"},"audio/vnd.cmles.radio-events":{"source":"iana"},"audio/vnd.cns.anp1":{"source":"iana"},"audio/vnd.cns.inf1":{"source":"iana"},"audio/vnd.dece.audio":{"source":"iana","extensions":["uva","uvva"]},"audio/vnd.digital-winds":{"source":"iana","extensions":["eol"]},"audio/vnd.dlna.adts":{"source":"iana"},"audio/vnd.dolby.heaac.1":{"source":"iana"},"audio/vnd.dolby.heaac.2":{"source":"iana"},"audio/vnd.dolby.mlp":{"source":"iana"},"audio/vnd.dolby.mps":{"source":"iana"},"audio/vnd.dolby.pl2":{"source":"iana"},"audio/vnd.dolby.pl2x":{"source":"iana"},"audio/vnd.dolby.pl2z":{"source":"iana"},"audio/vnd.dolby.pulse.1":{"source":"iana"},"audio/vnd.dra":{"source":"iana","extensions":["dra"]},"audio/vnd.dts":{"source":"iana","extensions":["dts"]},"audio/vnd.dts.hd":{"source":"iana","extensions":["dtshd"]},"audio/vnd.dts.uhd":{"source":"iana"},"audio/vnd.dvb.file":{"source":"iana"},"audio/vnd.everad.plj":{"source":"iana"},"audio/vnd.hns.audio":{"source":"iana"},"audio/vnd.lucent.voice":{"source":"iana","extensions":["lvp"]},"audio/vnd.ms-playready.media.pya":{"source":"iana","extensions":["pya"]},"audio/vnd.nokia.mobile-xmf":{"source":"iana"},"audio/vnd.nortel.vbk":{"source":"iana"},"audio/vnd.nuera.ecelp4800":{"source":"iana","extensions":["ecelp4800"]},"audio/vnd.nuera.ecelp7470":{"source":"iana","extensions":["ecelp7470"]},"audio/vnd.nuera.ecelp9600":{"source":"iana","extensions":["ecelp9600"]},"audio/vnd.octel.sbc":{"source":"iana"},"audio/vnd.presonus.multitrack":{"source":"iana"},"audio/vnd.qcelp":{"source":"iana"},"audio/vnd.rhetorex.32kadpcm":{"source":"iana"},"audio/vnd.rip":{"source":"iana","extensions":["rip"]},"audio/vnd.rn-realaudio":{"compressible":false},"audio/vnd.sealedmedia.softseal.mpeg":{"source":"iana"},"audio/vnd.vmx.cvsd":{"source":"iana"},"audio/vnd.wave":{"compressible":false},"audio/vorbis":{"source":"iana","compressible":false},"audio/vorbis-config":{"source":"iana"},"audio/wav":{"compressible":false,"extensions":["wav"]},"audio/wave":{"compressible":false,"extensions":["wav"]},"audio/webm":{"source":"apache","compressible":false,"extensions":["weba"]},"audio/x-aac":{"source":"apache","compressible":false,"extensions":["aac"]},"audio/x-aiff":{"source":"apache","extensions":["aif","aiff","aifc"]},"audio/x-caf":{"source":"apache","compressible":false,"extensions":["caf"]},"audio/x-flac":{"source":"apache","extensions":["flac"]},"audio/x-m4a":{"source":"nginx","extensions":["m4a"]},"audio/x-matroska":{"source":"apache","extensions":["mka"]},"audio/x-mpegurl":{"source":"apache","extensions":["m3u"]},"audio/x-ms-wax":{"source":"apache","extensions":["wax"]},"audio/x-ms-wma":{"source":"apache","extensions":["wma"]},"audio/x-pn-realaudio":{"source":"apache","extensions":["ram","ra"]},"audio/x-pn-realaudio-plugin":{"source":"apache","extensions":["rmp"]},"audio/x-realaudio":{"source":"nginx","extensions":["ra"]},"audio/x-tta":{"source":"apache"},"audio/x-wav":{"source":"apache","extensions":["wav"]},"audio/xm":{"source":"apache","extensions":["xm"]},"chemical/x-cdx":{"source":"apache","extensions":["cdx"]},"chemical/x-cif":{"source":"apache","extensions":["cif"]},"chemical/x-cmdf":{"source":"apache","extensions":["cmdf"]},"chemical/x-cml":{"source":"apache","extensions":["cml"]},"chemical/x-csml":{"source":"apache","extensions":["csml"]},"chemical/x-pdb":{"source":"apache"},"chemical/x-xyz":{"source":"apache","extensions":["xyz"]},"font/collection":{"source":"iana","extensions":["ttc"]},"font/otf":{"source":"iana","compressible":true,"extensions":["otf"]},"font/sfnt":{"source":"iana"},"font/ttf":{"source":"iana","compressible":true,"extensions":["ttf"]},"font/woff":{"source":"iana","extensions":["woff"]},"font/woff2":{"source":"iana","extensions":["woff2"]},"image/aces":{"source":"iana","extensions":["exr"]},"image/apng":{"compressible":false,"extensions":["apng"]},"image/avci":{"source":"iana","extensions":["avci"]},"image/avcs":{"source":"iana","extensions":["avcs"]},"image/avif":{"source":"iana","compressible":false,"extensions":["avif"]},"image/bmp":{"source":"iana","compressible":true,"extensions":["bmp"]},"image/cgm":{"source":"iana","extensions":["cgm"]},"image/dicom-rle":{"source":"iana","extensions":["drle"]},"image/emf":{"source":"iana","extensions":["emf"]},"image/fits":{"source":"iana","extensions":["fits"]},"image/g3fax":{"source":"iana","extensions":["g3"]},"image/gif":{"source":"iana","compressible":false,"extensions":["gif"]},"image/heic":{"source":"iana","extensions":["heic"]},"image/heic-sequence":{"source":"iana","extensions":["heics"]},"image/heif":{"source":"iana","extensions":["heif"]},"image/heif-sequence":{"source":"iana","extensions":["heifs"]},"image/hej2k":{"source":"iana","extensions":["hej2"]},"image/hsj2":{"source":"iana","extensions":["hsj2"]},"image/ief":{"source":"iana","extensions":["ief"]},"image/jls":{"source":"iana","extensions":["jls"]},"image/jp2":{"source":"iana","compressible":false,"extensions":["jp2","jpg2"]},"image/jpeg":{"source":"iana","compressible":false,"extensions":["jpeg","jpg","jpe"]},"image/jph":{"source":"iana","extensions":["jph"]},"image/jphc":{"source":"iana","extensions":["jhc"]},"image/jpm":{"source":"iana","compressible":false,"extensions":["jpm"]},"image/jpx":{"source":"iana","compressible":false,"extensions":["jpx","jpf"]},"image/jxr":{"source":"iana","extensions":["jxr"]},"image/jxra":{"source":"iana","extensions":["jxra"]},"image/jxrs":{"source":"iana","extensions":["jxrs"]},"image/jxs":{"source":"iana","extensions":["jxs"]},"image/jxsc":{"source":"iana","extensions":["jxsc"]},"image/jxsi":{"source":"iana","extensions":["jxsi"]},"image/jxss":{"source":"iana","extensions":["jxss"]},"image/ktx":{"source":"iana","extensions":["ktx"]},"image/ktx2":{"source":"iana","extensions":["ktx2"]},"image/naplps":{"source":"iana"},"image/pjpeg":{"compressible":false},"image/png":{"source":"iana","compressible":false,"extensions":["png"]},"image/prs.btif":{"source":"iana","extensions":["btif"]},"image/prs.pti":{"source":"iana","extensions":["pti"]},"image/pwg-raster":{"source":"iana"},"image/sgi":{"source":"apache","extensions":["sgi"]},"image/svg+xml":{"source":"iana","compressible":true,"extensions":["svg","svgz"]},"image/t38":{"source":"iana","extensions":["t38"]},"image/tiff":{"source":"iana","compressible":false,"extensions":["tif","tiff"]},"image/tiff-fx":{"source":"iana","extensions":["tfx"]},"image/vnd.adobe.photoshop":{"source":"iana","compressible":true,"extensions":["psd"]},"image/vnd.airzip.accelerator.azv":{"source":"iana","extensions":["azv"]},"image/vnd.cns.inf2":{"source":"iana"},"image/vnd.dece.graphic":{"source":"iana","extensions":["uvi","uvvi","uvg","uvvg"]},"image/vnd.djvu":{"source":"iana","extensions":["djvu","djv"]},"image/vnd.dvb.subtitle":{"source":"iana","extensions":["sub"]},"image/vnd.dwg":{"source":"iana","extensions":["dwg"]},"image/vnd.dxf":{"source":"iana","extensions":["dxf"]},"image/vnd.fastbidsheet":{"source":"iana","extensions":["fbs"]},"image/vnd.fpx":{"source":"iana","extensions":["fpx"]},"image/vnd.fst":{"source":"iana","extensions":["fst"]},"image/vnd.fujixerox.edmics-mmr":{"source":"iana","extensions":["mmr"]},"image/vnd.fujixerox.edmics-rlc":{"source":"iana","extensions":["rlc"]},"image/vnd.globalgraphics.pgb":{"source":"iana"},"image/vnd.microsoft.icon":{"source":"iana","compressible":true,"extensions":["ico"]},"image/vnd.mix":{"source":"iana"},"image/vnd.mozilla.apng":{"source":"iana"},"image/vnd.ms-dds":{"compressible":true,"extensions":["dds"]},"image/vnd.ms-modi":{"source":"iana","extensions":["mdi"]},"image/vnd.ms-photo":{"source":"apache","extensions":["wdp"]},"image/vnd.net-fpx":{"source":"iana","extensions":["npx"]},"image/vnd.pco.b16":{"source":"iana","extensions":["b16"]},"image/vnd.radiance":{"source":"iana"},"image/vnd.sealed.png":{"source":"iana"},"image/vnd.sealedmedia.softseal.gif":{"source":"iana"},"image/vnd.sealedmedia.softseal.jpg":{"source":"iana"},"image/vnd.svf":{"source":"iana"},"image/vnd.tencent.tap":{"source":"iana","extensions":["tap"]},"image/vnd.valve.source.texture":{"source":"iana","extensions":["vtf"]},"image/vnd.wap.wbmp":{"source":"iana","extensions":["wbmp"]},"image/vnd.xiff":{"source":"iana","extensions":["xif"]},"image/vnd.zbrush.pcx":{"source":"iana","extensions":["pcx"]},"image/webp":{"source":"apache","extensions":["webp"]},"image/wmf":{"source":"iana","extensions":["wmf"]},"image/x-3ds":{"source":"apache","extensions":["3ds"]},"image/x-cmu-raster":{"source":"apache","extensions":["ras"]},"image/x-cmx":{"source":"apache","extensions":["cmx"]},"image/x-freehand":{"source":"apache","extensions":["fh","fhc","fh4","fh5","fh7"]},"image/x-icon":{"source":"apache","compressible":true,"extensions":["ico"]},"image/x-jng":{"source":"nginx","extensions":["jng"]},"image/x-mrsid-image":{"source":"apache","extensions":["sid"]},"image/x-ms-bmp":{"source":"nginx","compressible":true,"extensions":["bmp"]},"image/x-pcx":{"source":"apache","extensions":["pcx"]},"image/x-pict":{"source":"apache","extensions":["pic","pct"]},"image/x-portable-anymap":{"source":"apache","extensions":["pnm"]},"image/x-portable-bitmap":{"source":"apache","extensions":["pbm"]},"image/x-portable-graymap":{"source":"apache","extensions":["pgm"]},"image/x-portable-pixmap":{"source":"apache","extensions":["ppm"]},"image/x-rgb":{"source":"apache","extensions":["rgb"]},"image/x-tga":{"source":"apache","extensions":["tga"]},"image/x-xbitmap":{"source":"apache","extensions":["xbm"]},"image/x-xcf":{"compressible":false},"image/x-xpixmap":{"source":"apache","extensions":["xpm"]},"image/x-xwindowdump":{"source":"apache","extensions":["xwd"]},"message/cpim":{"source":"iana"},"message/delivery-status":{"source":"iana"},"message/disposition-notification":{"source":"iana","extensions":["disposition-notification"]},"message/external-body":{"source":"iana"},"message/feedback-report":{"source":"iana"},"message/global":{"source":"iana","extensions":["u8msg"]},"message/global-delivery-status":{"source":"iana","extensions":["u8dsn"]},"message/global-disposition-notification":{"source":"iana","extensions":["u8mdn"]},"message/global-headers":{"source":"iana","extensions":["u8hdr"]},"message/http":{"source":"iana","compressible":false},"message/imdn+xml":{"source":"iana","compressible":true},"message/news":{"source":"iana"},"message/partial":{"source":"iana","compressible":false},"message/rfc822":{"source":"iana","compressible":true,"extensions":["eml","mime"]},"message/s-http":{"source":"iana"},"message/sip":{"source":"iana"},"message/sipfrag":{"source":"iana"},"message/tracking-status":{"source":"iana"},"message/vnd.si.simp":{"source":"iana"},"message/vnd.wfa.wsc":{"source":"iana","extensions":["wsc"]},"model/3mf":{"source":"iana","extensions":["3mf"]},"model/e57":{"source":"iana"},"model/gltf+json":{"source":"iana","compressible":true,"extensions":["gltf"]},"model/gltf-binary":{"source":"iana","compressible":true,"extensions":["glb"]},"model/iges":{"source":"iana","compressible":false,"extensions":["igs","iges"]},"model/mesh":{"source":"iana","compressible":false,"extensions":["msh","mesh","silo"]},"model/mtl":{"source":"iana","extensions":["mtl"]},"model/obj":{"source":"iana","extensions":["obj"]},"model/step":{"source":"iana"},"model/step+xml":{"source":"iana","compressible":true,"extensions":["stpx"]},"model/step+zip":{"source":"iana","compressible":false,"extensions":["stpz"]},"model/step-xml+zip":{"source":"iana","compressible":false,"extensions":["stpxz"]},"model/stl":{"source":"iana","extensions":["stl"]},"model/vnd.collada+xml":{"source":"iana","compressible":true,"extensions":["dae"]},"model/vnd.dwf":{"source":"iana","extensions":["dwf"]},"model/vnd.flatland.3dml":{"source":"iana"},"model/vnd.gdl":{"source":"iana","extensions":["gdl"]},"model/vnd.gs-gdl":{"source":"apache"},"model/vnd.gs.gdl":{"source":"iana"},"model/vnd.gtw":{"source":"iana","extensions":["gtw"]},"model/vnd.moml+xml":{"source":"iana","compressible":true},"model/vnd.mts":{"source":"iana","extensions":["mts"]},"model/vnd.opengex":{"source":"iana","extensions":["ogex"]},"model/vnd.parasolid.transmit.binary":{"source":"iana","extensions":["x_b"]},"model/vnd.parasolid.transmit.text":{"source":"iana","extensions":["x_t"]},"model/vnd.pytha.pyox":{"source":"iana"},"model/vnd.rosette.annotated-data-model":{"source":"iana"},"model/vnd.sap.vds":{"source":"iana","extensions":["vds"]},"model/vnd.usdz+zip":{"source":"iana","compressible":false,"extensions":["usdz"]},"model/vnd.valve.source.compiled-map":{"source":"iana","extensions":["bsp"]},"model/vnd.vtu":{"source":"iana","extensions":["vtu"]},"model/vrml":{"source":"iana","compressible":false,"extensions":["wrl","vrml"]},"model/x3d+binary":{"source":"apache","compressible":false,"extensions":["x3db","x3dbz"]},"model/x3d+fastinfoset":{"source":"iana","extensions":["x3db"]},"model/x3d+vrml":{"source":"apache","compressible":false,"extensions":["x3dv","x3dvz"]},"model/x3d+xml":{"source":"iana","compressible":true,"extensions":["x3d","x3dz"]},"model/x3d-vrml":{"source":"iana","extensions":["x3dv"]},"multipart/alternative":{"source":"iana","compressible":false},"multipart/appledouble":{"source":"iana"},"multipart/byteranges":{"source":"iana"},"multipart/digest":{"source":"iana"},"multipart/encrypted":{"source":"iana","compressible":false},"multipart/form-data":{"source":"iana","compressible":false},"multipart/header-set":{"source":"iana"},"multipart/mixed":{"source":"iana"},"multipart/multilingual":{"source":"iana"},"multipart/parallel":{"source":"iana"},"multipart/related":{"source":"iana","compressible":false},"multipart/report":{"source":"iana"},"multipart/signed":{"source":"iana","compressible":false},"multipart/vnd.bint.med-plus":{"source":"iana"},"multipart/voice-message":{"source":"iana"},"multipart/x-mixed-replace":{"source":"iana"},"text/1d-interleaved-parityfec":{"source":"iana"},"text/cache-manifest":{"source":"iana","compressible":true,"extensions":["appcache","manifest"]},"text/calendar":{"source":"iana","extensions":["ics","ifb"]},"text/calender":{"compressible":true},"text/cmd":{"compressible":true},"text/coffeescript":{"extensions":["coffee","litcoffee"]},"text/cql":{"source":"iana"},"text/cql-expression":{"source":"iana"},"text/cql-identifier":{"source":"iana"},"text/css":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["css"]},"text/csv":{"source":"iana","compressible":true,"extensions":["csv"]},"text/csv-schema":{"source":"iana"},"text/directory":{"source":"iana"},"text/dns":{"source":"iana"},"text/ecmascript":{"source":"iana"},"text/encaprtp":{"source":"iana"},"text/enriched":{"source":"iana"},"text/fhirpath":{"source":"iana"},"text/flexfec":{"source":"iana"},"text/fwdred":{"source":"iana"},"text/gff3":{"source":"iana"},"text/grammar-ref-list":{"source":"iana"},"text/html":{"source":"iana","compressible":true,"extensions":["html","htm","shtml"]},"text/jade":{"extensions":["jade"]},"text/javascript":{"source":"iana","compressible":true},"text/jcr-cnd":{"source":"iana"},"text/jsx":{"compressible":true,"extensions":["jsx"]},"text/less":{"compressible":true,"extensions":["less"]},"text/markdown":{"source":"iana","compressible":true,"extensions":["markdown","md"]},"text/mathml":{"source":"nginx","extensions":["mml"]},"text/mdx":{"compressible":true,"extensions":["mdx"]},"text/mizar":{"source":"iana"},"text/n3":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["n3"]},"text/parameters":{"source":"iana","charset":"UTF-8"},"text/parityfec":{"source":"iana"},"text/plain":{"source":"iana","compressible":true,"extensions":["txt","text","conf","def","list","log","in","ini"]},"text/provenance-notation":{"source":"iana","charset":"UTF-8"},"text/prs.fallenstein.rst":{"source":"iana"},"text/prs.lines.tag":{"source":"iana","extensions":["dsc"]},"text/prs.prop.logic":{"source":"iana"},"text/raptorfec":{"source":"iana"},"text/red":{"source":"iana"},"text/rfc822-headers":{"source":"iana"},"text/richtext":{"source":"iana","compressible":true,"extensions":["rtx"]},"text/rtf":{"source":"iana","compressible":true,"extensions":["rtf"]},"text/rtp-enc-aescm128":{"source":"iana"},"text/rtploopback":{"source":"iana"},"text/rtx":{"source":"iana"},"text/sgml":{"source":"iana","extensions":["sgml","sgm"]},"text/shaclc":{"source":"iana"},"text/shex":{"source":"iana","extensions":["shex"]},"text/slim":{"extensions":["slim","slm"]},"text/spdx":{"source":"iana","extensions":["spdx"]},"text/strings":{"source":"iana"},"text/stylus":{"extensions":["stylus","styl"]},"text/t140":{"source":"iana"},"text/tab-separated-values":{"source":"iana","compressible":true,"extensions":["tsv"]},"text/troff":{"source":"iana","extensions":["t","tr","roff","man","me","ms"]},"text/turtle":{"source":"iana","charset":"UTF-8","extensions":["ttl"]},"text/ulpfec":{"source":"iana"},"text/uri-list":{"source":"iana","compressible":true,"extensions":["uri","uris","urls"]},"text/vcard":{"source":"iana","compressible":true,"extensions":["vcard"]},"text/vnd.a":{"source":"iana"},"text/vnd.abc":{"source":"iana"},"text/vnd.ascii-art":{"source":"iana"},"text/vnd.curl":{"source":"iana","extensions":["curl"]},"text/vnd.curl.dcurl":{"source":"apache","extensions":["dcurl"]},"text/vnd.curl.mcurl":{"source":"apache","extensions":["mcurl"]},"text/vnd.curl.scurl":{"source":"apache","extensions":["scurl"]},"text/vnd.debian.copyright":{"source":"iana","charset":"UTF-8"},"text/vnd.dmclientscript":{"source":"iana"},"text/vnd.dvb.subtitle":{"source":"iana","extensions":["sub"]},"text/vnd.esmertec.theme-descriptor":{"source":"iana","charset":"UTF-8"},"text/vnd.familysearch.gedcom":{"source":"iana","extensions":["ged"]},"text/vnd.ficlab.flt":{"source":"iana"},"text/vnd.fly":{"source":"iana","extensions":["fly"]},"text/vnd.fmi.flexstor":{"source":"iana","extensions":["flx"]},"text/vnd.gml":{"source":"iana"},"text/vnd.graphviz":{"source":"iana","extensions":["gv"]},"text/vnd.hans":{"source":"iana"},"text/vnd.hgl":{"source":"iana"},"text/vnd.in3d.3dml":{"source":"iana","extensions":["3dml"]},"text/vnd.in3d.spot":{"source":"iana","extensions":["spot"]},"text/vnd.iptc.newsml":{"source":"iana"},"text/vnd.iptc.nitf":{"source":"iana"},"text/vnd.latex-z":{"source":"iana"},"text/vnd.motorola.reflex":{"source":"iana"},"text/vnd.ms-mediapackage":{"source":"iana"},"text/vnd.net2phone.commcenter.command":{"source":"iana"},"text/vnd.radisys.msml-basic-layout":{"source":"iana"},"text/vnd.senx.warpscript":{"source":"iana"},"text/vnd.si.uricatalogue":{"source":"iana"},"text/vnd.sosi":{"source":"iana"},"text/vnd.sun.j2me.app-descriptor":{"source":"iana","charset":"UTF-8","extensions":["jad"]},"text/vnd.trolltech.linguist":{"source":"iana","charset":"UTF-8"},"text/vnd.wap.si":{"source":"iana"},"text/vnd.wap.sl":{"source":"iana"},"text/vnd.wap.wml":{"source":"iana","extensions":["wml"]},"text/vnd.wap.wmlscript":{"source":"iana","extensions":["wmls"]},"text/vtt":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["vtt"]},"text/x-asm":{"source":"apache","extensions":["s","asm"]},"text/x-c":{"source":"apache","extensions":["c","cc","cxx","cpp","h","hh","dic"]},"text/x-component":{"source":"nginx","extensions":["htc"]},"text/x-fortran":{"source":"apache","extensions":["f","for","f77","f90"]},"text/x-gwt-rpc":{"compressible":true},"text/x-handlebars-template":{"extensions":["hbs"]},"text/x-java-source":{"source":"apache","extensions":["java"]},"text/x-jquery-tmpl":{"compressible":true},"text/x-lua":{"extensions":["lua"]},"text/x-markdown":{"compressible":true,"extensions":["mkd"]},"text/x-nfo":{"source":"apache","extensions":["nfo"]},"text/x-opml":{"source":"apache","extensions":["opml"]},"text/x-org":{"compressible":true,"extensions":["org"]},"text/x-pascal":{"source":"apache","extensions":["p","pas"]},"text/x-processing":{"compressible":true,"extensions":["pde"]},"text/x-sass":{"extensions":["sass"]},"text/x-scss":{"extensions":["scss"]},"text/x-setext":{"source":"apache","extensions":["etx"]},"text/x-sfv":{"source":"apache","extensions":["sfv"]},"text/x-suse-ymp":{"compressible":true,"extensions":["ymp"]},"text/x-uuencode":{"source":"apache","extensions":["uu"]},"text/x-vcalendar":{"source":"apache","extensions":["vcs"]},"text/x-vcard":{"source":"apache","extensions":["vcf"]},"text/xml":{"source":"iana","compressible":true,"extensions":["xml"]},"text/xml-external-parsed-entity":{"source":"iana"},"text/yaml":{"compressible":true,"extensions":["yaml","yml"]},"video/1d-interleaved-parityfec":{"source":"iana"},"video/3gpp":{"source":"iana","extensions":["3gp","3gpp"]},"video/3gpp-tt":{"source":"iana"},"video/3gpp2":{"source":"iana","extensions":["3g2"]},"video/av1":{"source":"iana"},"video/bmpeg":{"source":"iana"},"video/bt656":{"source":"iana"},"video/celb":{"source":"iana"},"video/dv":{"source":"iana"},"video/encaprtp":{"source":"iana"},"video/ffv1":{"source":"iana"},"video/flexfec":{"source":"iana"},"video/h261":{"source":"iana","extensions":["h261"]},"video/h263":{"source":"iana","extensions":["h263"]},"video/h263-1998":{"source":"iana"},"video/h263-2000":{"source":"iana"},"video/h264":{"source":"iana","extensions":["h264"]},"video/h264-rcdo":{"source":"iana"},"video/h264-svc":{"source":"iana"},"video/h265":{"source":"iana"},"video/iso.segment":{"source":"iana","extensions":["m4s"]},"video/jpeg":{"source":"iana","extensions":["jpgv"]},"video/jpeg2000":{"source":"iana"},"video/jpm":{"source":"apache","extensions":["jpm","jpgm"]},"video/jxsv":{"source":"iana"},"video/mj2":{"source":"iana","extensions":["mj2","mjp2"]},"video/mp1s":{"source":"iana"},"video/mp2p":{"source":"iana"},"video/mp2t":{"source":"iana","extensions":["ts"]},"video/mp4":{"source":"iana","compressible":false,"extensions":["mp4","mp4v","mpg4"]},"video/mp4v-es":{"source":"iana"},"video/mpeg":{"source":"iana","compressible":false,"extensions":["mpeg","mpg","mpe","m1v","m2v"]},"video/mpeg4-generic":{"source":"iana"},"video/mpv":{"source":"iana"},"video/nv":{"source":"iana"},"video/ogg":{"source":"iana","compressible":false,"extensions":["ogv"]},"video/parityfec":{"source":"iana"},"video/pointer":{"source":"iana"},"video/quicktime":{"source":"iana","compressible":false,"extensions":["qt","mov"]},"video/raptorfec":{"source":"iana"},"video/raw":{"source":"iana"},"video/rtp-enc-aescm128":{"source":"iana"},"video/rtploopback":{"source":"iana"},"video/rtx":{"source":"iana"},"video/scip":{"source":"iana"},"video/smpte291":{"source":"iana"},"video/smpte292m":{"source":"iana"},"video/ulpfec":{"source":"iana"},"video/vc1":{"source":"iana"},"video/vc2":{"source":"iana"},"video/vnd.cctv":{"source":"iana"},"video/vnd.dece.hd":{"source":"iana","extensions":["uvh","uvvh"]},"video/vnd.dece.mobile":{"source":"iana","extensions":["uvm","uvvm"]},"video/vnd.dece.mp4":{"source":"iana"},"video/vnd.dece.pd":{"source":"iana","extensions":["uvp","uvvp"]},"video/vnd.dece.sd":{"source":"iana","extensions":["uvs","uvvs"]},"video/vnd.dece.video":{"source":"iana","extensions":["uvv","uvvv"]},"video/vnd.directv.mpeg":{"source":"iana"},"video/vnd.directv.mpeg-tts":{"source":"iana"},"video/vnd.dlna.mpeg-tts":{"source":"iana"},"video/vnd.dvb.file":{"source":"iana","extensions":["dvb"]},"video/vnd.fvt":{"source":"iana","extensions":["fvt"]},"video/vnd.hns.video":{"source":"iana"},"video/vnd.iptvforum.1dparityfec-1010":{"source":"iana"},"video/vnd.iptvforum.1dparityfec-2005":{"source":"iana"},"video/vnd.iptvforum.2dparityfec-1010":{"source":"iana"},"video/vnd.iptvforum.2dparityfec-2005":{"source":"iana"},"video/vnd.iptvforum.ttsavc":{"source":"iana"},"video/vnd.iptvforum.ttsmpeg2":{"source":"iana"},"video/vnd.motorola.video":{"source":"iana"},"video/vnd.motorola.videop":{"source":"iana"},"video/vnd.mpegurl":{"source":"iana","extensions":["mxu","m4u"]},"video/vnd.ms-playready.media.pyv":{"source":"iana","extensions":["pyv"]},"video/vnd.nokia.interleaved-multimedia":{"source":"iana"},"video/vnd.nokia.mp4vr":{"source":"iana"},"video/vnd.nokia.videovoip":{"source":"iana"},"video/vnd.objectvideo":{"source":"iana"},"video/vnd.radgamettools.bink":{"source":"iana"},"video/vnd.radgamettools.smacker":{"source":"iana"},"video/vnd.sealed.mpeg1":{"source":"iana"},"video/vnd.sealed.mpeg4":{"source":"iana"},"video/vnd.sealed.swf":{"source":"iana"},"video/vnd.sealedmedia.softseal.mov":{"source":"iana"},"video/vnd.uvvu.mp4":{"source":"iana","extensions":["uvu","uvvu"]},"video/vnd.vivo":{"source":"iana","extensions":["viv"]},"video/vnd.youtube.yt":{"source":"iana"},"video/vp8":{"source":"iana"},"video/vp9":{"source":"iana"},"video/webm":{"source":"apache","compressible":false,"extensions":["webm"]},"video/x-f4v":{"source":"apache","extensions":["f4v"]},"video/x-fli":{"source":"apache","extensions":["fli"]},"video/x-flv":{"source":"apache","compressible":false,"extensions":["flv"]},"video/x-m4v":{"source":"apache","extensions":["m4v"]},"video/x-matroska":{"source":"apache","compressible":false,"extensions":["mkv","mk3d","mks"]},"video/x-mng":{"source":"apache","extensions":["mng"]},"video/x-ms-asf":{"source":"apache","extensions":["asf","asx"]},"video/x-ms-vob":{"source":"apache","extensions":["vob"]},"video/x-ms-wm":{"source":"apache","extensions":["wm"]},"video/x-ms-wmv":{"source":"apache","compressible":false,"extensions":["wmv"]},"video/x-ms-wmx":{"source":"apache","extensions":["wmx"]},"video/x-ms-wvx":{"source":"apache","extensions":["wvx"]},"video/x-msvideo":{"source":"apache","extensions":["avi"]},"video/x-sgi-movie":{"source":"apache","extensions":["movie"]},"video/x-smv":{"source":"apache","extensions":["smv"]},"x-conference/x-cooltalk":{"source":"apache","extensions":["ice"]},"x-shader/x-fragment":{"compressible":true},"x-shader/x-vertex":{"compressible":true}}')}};
//# sourceMappingURL=175.index.js.map