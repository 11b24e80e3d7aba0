export const id=950;export const ids=[950];export const modules={68787:(e,t,n)=>{
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
var a=n(13742);e.exports=a},13742:e=>{e.exports=
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
function(e,t){var n,a;for(n=[],a=0;a<t;a++)n.push(e);return n}},21830:(e,t,n)=>{
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
var a=n(1401);e.exports=a},1401:(e,t,n)=>{
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
var a=n(68787);e.exports=function(e){return a(0,e)}},69979:(e,t,n)=>{
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
var a,o=n(39714),i=n(15878),r=n(98520);a=o()?i:r,e.exports=a},15878:e=>{
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
var t="function"==typeof Float64Array?Float64Array:void 0;e.exports=t},98520:e=>{e.exports=
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
function(){throw new Error("not implemented")}},14826:(e,t,n)=>{
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
var a,o=n(55613),i=n(43405),r=n(40523);a=o()?i:r,e.exports=a},43405:e=>{
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
var t="function"==typeof Uint16Array?Uint16Array:void 0;e.exports=t},40523:e=>{e.exports=
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
function(){throw new Error("not implemented")}},47096:(e,t,n)=>{
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
var a,o=n(44171),i=n(62399),r=n(83689);a=o()?i:r,e.exports=a},62399:e=>{
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
var t="function"==typeof Uint32Array?Uint32Array:void 0;e.exports=t},83689:e=>{e.exports=
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
function(){throw new Error("not implemented")}},65183:(e,t,n)=>{
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
var a,o=n(4246),i=n(78570),r=n(97540);a=o()?i:r,e.exports=a},78570:e=>{
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
var t="function"==typeof Uint8Array?Uint8Array:void 0;e.exports=t},97540:e=>{e.exports=
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
var t="function"==typeof Float64Array?Float64Array:null;e.exports=t},39714:(e,t,n)=>{
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
var a=n(16405);e.exports=a},16405:(e,t,n)=>{
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
var a=n(25672),o=n(5265);e.exports=function(){var e,t;if("function"!=typeof o)return!1;try{t=new o([1,3.14,-3.14,NaN]),e=a(t)&&1===t[0]&&3.14===t[1]&&-3.14===t[2]&&t[3]!=t[3]}catch(t){e=!1}return e}},31907:(e,t,n)=>{
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
var a=n(54270);e.exports=a},54270:e=>{
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
var t=Object.prototype.hasOwnProperty;e.exports=function(e,n){return null!=e&&t.call(e,n)}},75547:(e,t,n)=>{
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
var a=n(166);e.exports=a},166:e=>{e.exports=
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
function(){return"function"==typeof Symbol&&"symbol"==typeof Symbol("foo")}},9501:(e,t,n)=>{
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
var a=n(36284);e.exports=a},36284:(e,t,n)=>{
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
var a=n(75547)();e.exports=function(){return a&&"symbol"==typeof Symbol.toStringTag}},55613:(e,t,n)=>{
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
var a=n(62364);e.exports=a},62364:(e,t,n)=>{
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
var a=n(63599),o=n(26653),i=n(5929);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,o+1,o+2]),e=a(t)&&1===t[0]&&3===t[1]&&t[2]===o-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},5929:e=>{
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
var t="function"==typeof Uint16Array?Uint16Array:null;e.exports=t},44171:(e,t,n)=>{
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
var a=n(8950);e.exports=a},8950:(e,t,n)=>{
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
var a=n(13209),o=n(98035),i=n(22709);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,o+1,o+2]),e=a(t)&&1===t[0]&&3===t[1]&&t[2]===o-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},22709:e=>{
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
var t="function"==typeof Uint32Array?Uint32Array:null;e.exports=t},4246:(e,t,n)=>{
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
var a=n(90249);e.exports=a},90249:(e,t,n)=>{
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
var a=n(10228),o=n(92732),i=n(85545);e.exports=function(){var e,t;if("function"!=typeof i)return!1;try{t=new i(t=[1,3.14,-3.14,o+1,o+2]),e=a(t)&&1===t[0]&&3===t[1]&&t[2]===o-2&&0===t[3]&&1===t[4]}catch(t){e=!1}return e}},85545:e=>{
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
var t="function"==typeof Uint8Array?Uint8Array:null;e.exports=t},25672:(e,t,n)=>{
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
var a=n(87439);e.exports=a},87439:(e,t,n)=>{
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
var a=n(547),o="function"==typeof Float64Array;e.exports=function(e){return o&&e instanceof Float64Array||"[object Float64Array]"===a(e)}},57604:(e,t,n)=>{
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
var a=n(65183),o={uint16:n(14826),uint8:a};e.exports=o},40347:(e,t,n)=>{
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
var a=n(77158);e.exports=a},77158:(e,t,n)=>{
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
var a,o,i=n(57604);(o=new i.uint16(1))[0]=4660,a=52===new i.uint8(o.buffer)[0],e.exports=a},63599:(e,t,n)=>{
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
var a=n(82394);e.exports=a},82394:(e,t,n)=>{
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
var a=n(547),o="function"==typeof Uint16Array;e.exports=function(e){return o&&e instanceof Uint16Array||"[object Uint16Array]"===a(e)}},13209:(e,t,n)=>{
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
var a=n(98168);e.exports=a},98168:(e,t,n)=>{
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
var a=n(547),o="function"==typeof Uint32Array;e.exports=function(e){return o&&e instanceof Uint32Array||"[object Uint32Array]"===a(e)}},10228:(e,t,n)=>{
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
var a=n(37755);e.exports=a},37755:(e,t,n)=>{
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
var a=n(547),o="function"==typeof Uint8Array;e.exports=function(e){return o&&e instanceof Uint8Array||"[object Uint8Array]"===a(e)}},82404:e=>{e.exports=.5772156649015329},11877:e=>{e.exports=1023},43935:e=>{e.exports=2147483647},30222:e=>{e.exports=2146435072},45976:e=>{e.exports=2147483648},28910:e=>{e.exports=1048575},74322:e=>{e.exports=.9189385332046728},81239:e=>{e.exports=.6931471805599453},92656:e=>{e.exports=-1023},46276:e=>{e.exports=1023},34862:e=>{e.exports=-1074},81475:(e,t,n)=>{
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
var a=n(84241).NEGATIVE_INFINITY;e.exports=a},31277:e=>{e.exports=20},39701:e=>{e.exports=3.141592653589793},50469:e=>{
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
var t=Number.POSITIVE_INFINITY;e.exports=t},55417:e=>{e.exports=22250738585072014e-324},62385:e=>{e.exports=2.5066282746310007},26653:e=>{e.exports=65535},98035:e=>{e.exports=4294967295},92732:e=>{e.exports=255},20530:(e,t,n)=>{
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
var a=n(18085);e.exports=a},18085:(e,t,n)=>{
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
var a=n(2804);e.exports=function(e){return a(e/2)}},57234:(e,t,n)=>{
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
var a=n(50661);e.exports=a},50661:(e,t,n)=>{
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
var a=n(50469),o=n(81475);e.exports=function(e){return e===a||e===o}},2804:(e,t,n)=>{
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
var a=n(63835);e.exports=a},63835:(e,t,n)=>{
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
var a=n(42334);e.exports=function(e){return a(e)===e}},86523:(e,t,n)=>{
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
var a=n(49382);e.exports=a},49382:e=>{e.exports=
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
function(e){return e!=e}},23270:(e,t,n)=>{
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
var a=n(48121);e.exports=a},48121:(e,t,n)=>{
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
var a=n(81475);e.exports=function(e){return 0===e&&1/e===a}},97687:(e,t,n)=>{
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
var a=n(9106);e.exports=a},9106:(e,t,n)=>{
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
var a=n(20530);e.exports=function(e){return a(e>0?e-1:e+1)}},30866:(e,t,n)=>{
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
var a=n(7685);e.exports=a},7685:(e,t,n)=>{
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
var a=n(50469);e.exports=function(e){return 0===e&&1/e===a}},66260:(e,t,n)=>{
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
var a=n(76443);e.exports=a},76443:e=>{e.exports=
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
var t=[1276642195630063e-46,-3.401102254316749e-30,1025680058010471e-43,-35475981581010704e-43,14292273559424982e-41,-6831888753985767e-39,39628370610464347e-38,-2.868042435334643e-20,2683181998482699e-33,-3399615005417722e-31,6221098041892606e-29,-1809129475572494e-26,9.81082564692473e-9,-1384948176067564e-20,.16663894804518634],n=t.length;e.exports=function(e){var a,o,i,r,s;if(e<-1.1||e>1.1)return NaN;for(i=0,r=0,a=2*e,s=0;s<n;s++)o=i,r=a*(i=r)-o+t[s];return.5*(r-o)}},9364:(e,t,n)=>{
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
var a=n(6310),o=n(12913);e.exports=function(e){return e<10?NaN:e>=3745194030963158e291?0:e<94906265.62425156?o(2*a(10/e,2)-1)/e:1/(12*e)}},65616:(e,t,n)=>{
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
var a=n(53127);e.exports=a},53127:(e,t,n)=>{
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
var a=n(67711),o=n(74879),i=n(40905),r=n(32974),s=n(38008),c=n(51550),p=n(74322),u=n(81475),l=n(50469),d=n(9364);e.exports=function(e,t){var n,m,f;return m=s(e,t),f=r(e,t),m<0?NaN:0===m?l:f===l?u:m>=10?(n=d(m)+d(f)-d(m+f),-.5*c(f)+p+n+(m-.5)*c(m/(m+f))+f*o(-m/(m+f))):f>=10?(n=d(f)-d(m+f),a(m)+n+m-m*c(m+f)+(f-.5)*o(-m/(m+f))):c(i(m)*(i(f)/i(m+f)))}},3385:(e,t,n)=>{
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
var a=n(27640);e.exports=a},27640:e=>{
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
var t=Math.ceil;e.exports=t},35672:(e,t,n)=>{
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
var a=n(39775);e.exports=a},39775:(e,t,n)=>{
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
var a=n(45976),o=n(43935),i=n(87949),r=n(2882),s=n(17844),c=[0,0];e.exports=function(e,t){var n,p;return i.assign(e,c,1,0),n=c[0],n&=o,p=r(t),s(n|=p&=a,c[1])}},99191:(e,t,n)=>{
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
var a=n(84274);e.exports=a},84274:(e,t,n)=>{
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
var a=n(2882),o=n(71567),i=n(70186),r=n(93982),s=n(43935),c=n(30222),p=[0,0];e.exports=function(e){var t;if(t=a(e),(t&=s)<=1072243195)return t<1044381696?1:o(e,0);if(t>=c)return NaN;switch(3&r(e,p)){case 0:return o(p[0],p[1]);case 1:return-i(p[0],p[1]);case 2:return-o(p[0],p[1]);default:return i(p[0],p[1])}}},36567:(e,t,n)=>{
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
var a=n(83291),o=n(71589);e.exports=function(e,t,n){var i,r,s;return s=(i=e-t)-(r=i*i)*o(r),a(1-(t-i*s/(2-s)-e),n)}},31851:(e,t,n)=>{
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
var a=n(81878);e.exports=a},81878:(e,t,n)=>{
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
var a=n(86523),o=n(81262),i=n(81475),r=n(50469),s=n(36567),c=1.4426950408889634,p=1/(1<<28),u=-p;e.exports=function(e){var t;return a(e)||e===r?e:e===i?0:e>709.782712893384?r:e<-745.1332191019411?0:e>u&&e<p?1+e:(t=o(e<0?c*e-.5:c*e+.5),s(e-.6931471803691238*t,1.9082149292705877e-10*t,t))}},71589:e=>{e.exports=
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
function(e){return 0===e?.16666666666666602:.16666666666666602+e*(e*(6613756321437934e-20+e*(4.1381367970572385e-8*e-16533902205465252e-22))-.0027777777777015593)}},42334:(e,t,n)=>{
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
var a=n(55681);e.exports=a},55681:e=>{
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
var t=Math.floor;e.exports=t},40905:(e,t,n)=>{
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
var a=n(19848);e.exports=a},19848:(e,t,n)=>{
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
var a=n(86523),o=n(2804),i=n(23270),r=n(66260),s=n(42334),c=n(61794),p=n(50469),u=n(81475),l=n(39701),d=n(90101),m=n(76630),f=n(63381);e.exports=function(e){var t,n,h,x;if(o(e)&&e<0||e===u||a(e))return NaN;if(0===e)return i(e)?u:p;if(e>171.61447887182297)return p;if(e<-170.5674972726612)return 0;if((n=r(e))>33)return e>=0?d(e):(t=1&(h=s(n))?1:-1,(x=n-h)>.5&&(x=n-(h+=1)),x=n*c(l*x),t*l/(r(x)*d(n)));for(x=1;e>=3;)x*=e-=1;for(;e<0;){if(e>-1e-9)return m(e,x);x/=e,e+=1}for(;e<2;){if(e<1e-9)return m(e,x);x/=e,e+=1}return 2===e?x:x*f(e-=2)}},6886:e=>{e.exports=
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
function(e){var t,n;return 0===e?1:((e<0?-e:e)<=1?(t=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+0*e)))))),n=1+e*(.0714304917030273+e*(e*(.035823639860549865+e*(.011813978522206043+e*(e*(.0005396055804933034+-23158187332412014e-21*e)-.004456419138517973)))-.23459179571824335))):(t=0+(e=1/e)*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+1*e)))))),n=e*(.0005396055804933034+e*(e*(.011813978522206043+e*(.035823639860549865+e*(e*(.0714304917030273+1*e)-.23459179571824335)))-.004456419138517973))-23158187332412014e-21),t/n)}},76630:(e,t,n)=>{
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
var a=n(82404);e.exports=function(e,t){return t/((1+a*e)*e)}},90101:(e,t,n)=>{
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
var a=n(62385),o=n(6310),i=n(31851),r=n(6886);e.exports=function(e){var t,n,s;return t=1+(t=1/e)*r(t),n=i(e),n=e>143.01608?(s=o(e,.5*e-.25))*(s/n):o(e,e-.5)/n,a*n*t}},67711:(e,t,n)=>{
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
var a=n(28554);e.exports=a},28554:(e,t,n)=>{
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
var a=n(86523),o=n(57234),i=n(66260),r=n(51550),s=n(81262),c=n(18901),p=n(39701),u=n(50469),l=n(89303),d=n(95690),m=n(71271),f=n(47120),h=n(62778),x=n(66503),v=n(42352),g=n(67942),b=n(45059),y=n(89596),w=1.4616321449683622,k=1.4616321449683622;e.exports=function(e){var t,n,E,O,S,R,j,A;if(a(e)||o(e))return e;if(0===e)return u;if(e<0?(t=!0,e=-e):t=!1,e<13877787807814457e-33)return-r(e);if(t){if(e>=4503599627370496)return u;if(0===(O=c(e)))return u;n=r(p/i(O*e))}if(1===e||2===e)return 0;if(e<2)switch(e<=.9?(A=-r(e),e>=w-1+.27?(R=1-e,E=0):e>=w-1-.27?(R=e-(k-1),E=1):(R=e,E=2)):(A=0,e>=w+.27?(R=2-e,E=0):e>=w-.27?(R=e-k,E=1):(R=e-1,E=2)),E){case 0:A+=R*(.07721566490153287+(j=R*R)*l(j))+j*(.3224670334241136+j*d(j))-.5*R;break;case 1:A+=-.12148629053584961+((j=R*R)*(.48383612272381005+(S=j*R)*h(S))-(-3638676997039505e-33-S*(S*x(S)-.1475877229945939+R*(.06462494023913339+S*v(S)))));break;case 2:A+=-.5*R+R*(R*g(R)-.07721566490153287)/(1+R*b(R))}else if(e<8)switch(A=.5*(R=e-(E=s(e)))+R*(R*f(R)-.07721566490153287)/(1+R*m(R)),j=1,E){case 7:j*=R+6;case 6:j*=R+5;case 5:j*=R+4;case 4:j*=R+3;case 3:A+=r(j*=R+2)}else A=e<72057594037927940?(e-.5)*((O=r(e))-1)+(S=.4189385332046727+(j=1/e)*y(R=j*j)):e*(r(e)-1);return t&&(A=n-A),A}},89303:e=>{e.exports=
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
function(e){return 0===e?.08333333333333297:.08333333333333297+e*(e*(.0007936505586430196+e*(e*(.0008363399189962821+-.0016309293409657527*e)-.00059518755745034))-.0027777777772877554)}},71567:(e,t,n)=>{
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
var a=n(94010);e.exports=a},94010:(e,t,n)=>{
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
var a=n(25732),o=n(53242);e.exports=function(e,t){var n,i,r,s;return r=(s=e*e)*s,i=s*a(s),i+=r*r*o(s),(r=1-(n=.5*s))+(1-r-n+(s*i-e*t))}},25732:e=>{e.exports=
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
function(e){return 0===e?-2.7557314351390663e-7:e*(2.087572321298175e-9+-11359647557788195e-27*e)-2.7557314351390663e-7}},70186:(e,t,n)=>{
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
var a=n(97485);e.exports=a},97485:e=>{
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
var t=-.16666666666666632;e.exports=function(e,n){var a,o,i;return a=.00833333333332249+(i=e*e)*(27557313707070068e-22*i-.0001984126982985795)+i*(i*i)*(1.58969099521155e-10*i-2.5050760253406863e-8),o=i*e,0===n?e+o*(t+i*a):e-(i*(.5*n-o*a)-n-o*t)}},83291:(e,t,n)=>{
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
var a=n(23078);e.exports=a},23078:(e,t,n)=>{
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
var a=n(50469),o=n(81475),i=n(11877),r=n(46276),s=n(92656),c=n(34862),p=n(86523),u=n(57234),l=n(35672),d=n(79335).assign,m=n(6075),f=n(87949),h=n(17844),x=[0,0],v=[0,0];e.exports=function(e,t){var n,g;return 0===t||0===e||p(e)||u(e)?e:(d(e,x,1,0),t+=x[1],(t+=m(e=x[0]))<c?l(0,e):t>r?e<0?o:a:(t<=s?(t+=52,g=2220446049250313e-31):g=1,f.assign(e,v,1,0),n=v[0],n&=2148532223,g*h(n|=t+i<<20,v[1])))}},51550:(e,t,n)=>{
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
var a=n(75553);e.exports=a},75553:(e,t,n)=>{
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
var a=n(2882),o=n(45990),i=n(86523),r=n(11877),s=n(81475),c=n(36488),p=n(71103),u=.6931471803691238,l=1.9082149292705877e-10,d=1048575;e.exports=function(e){var t,n,m,f,h,x,v,g,b,y,w;return 0===e?s:i(e)||e<0?NaN:(f=0,(n=a(e))<1048576&&(f-=54,n=a(e*=0x40000000000000)),n>=2146435072?e+e:(f+=(n>>20)-r|0,f+=(v=(n&=d)+614244&1048576)>>20,x=(e=o(e,n|1072693248^v))-1,(d&2+n)<3?0===x?0===f?0:f*u+f*l:(h=x*x*(.5-.3333333333333333*x),0===f?x-h:f*u-(h-f*l-x)):(v=n-398458|0,g=440401-n|0,m=(y=(w=(b=x/(2+x))*b)*w)*c(y),h=w*p(y)+m,(v|=g)>0?(t=.5*x*x,0===f?x-(t-b*(t+h)):f*u-(t-(b*(t+h)+f*l)-x)):0===f?x-b*(x-h):f*u-(b*(x-h)-f*l-x))))}},36488:e=>{e.exports=
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
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+.14798198605116586*e))}},74879:(e,t,n)=>{
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
var a=n(7306);e.exports=a},7306:(e,t,n)=>{
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
var a=n(86523),o=n(2882),i=n(45990),r=n(50469),s=n(81475),c=n(11877),p=n(10897),u=.6931471803691238,l=1.9082149292705877e-10;e.exports=function(e){var t,n,d,m,f,h,x,v,g,b;if(e<-1||a(e))return NaN;if(-1===e)return s;if(e===r)return e;if(0===e)return e;if(b=1,(d=e<0?-e:e)<.41421356237309503){if(d<1.862645149230957e-9)return d<5551115123125783e-32?e:e-e*e*.5;e>-.2928932188134525&&(b=0,m=e,n=1)}return 0!==b&&(d<9007199254740992?(f=(b=((n=o(g=1+e))>>20)-c)>0?1-(g-e):e-(g-1),f/=g):(b=((n=o(g=e))>>20)-c,f=0),(n&=1048575)<434334?g=i(g,1072693248|n):(b+=1,g=i(g,1071644672|n),n=1048576-n>>2),m=g-1),t=.5*m*m,0===n?0===m?b*u+(f+=b*l):b*u-((v=t*(1-.6666666666666666*m))-(b*l+f)-m):(v=(x=(h=m/(2+m))*h)*p(x),0===b?m-(t-h*(t+v)):b*u-(t-(h*(t+v)+(b*l+f))-m))}},10897:e=>{e.exports=
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
function(e){return 0===e?.6666666666666735:.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+.14798198605116586*e)))))}},32974:(e,t,n)=>{
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
var a=n(78641);e.exports=a},78641:(e,t,n)=>{
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
var a=n(30866),o=n(86523),i=n(50469);e.exports=function(e,t){return o(e)||o(t)?NaN:e===i||t===i?i:e===t&&0===e?a(e)?e:t:e>t?e:t}},38008:(e,t,n)=>{
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
var a=n(29503);e.exports=a},29503:(e,t,n)=>{
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
var a=n(23270),o=n(86523),i=n(81475);e.exports=function(e,t){return o(e)||o(t)?NaN:e===i||t===i?i:e===t&&0===e?a(e)?e:t:e<t?e:t}},6310:(e,t,n)=>{
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
var a=n(87609);e.exports=a},59905:(e,t,n)=>{
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
var a=n(2882),o=n(23786),i=n(45990),r=n(11877),s=n(31277),c=n(53140),p=1048576,u=[1,1.5],l=[0,.5849624872207642],d=[0,1.350039202129749e-8];e.exports=function(e,t,n){var m,f,h,x,v,g,b,y,w,k,E,O,S,R,j,A,z,P,T,C;return P=0,n<p&&(P-=53,n=a(t*=9007199254740992)),P+=(n>>s)-r|0,n=1072693248|(T=1048575&n),T<=235662?C=0:T<767610?C=1:(C=0,P+=1,n-=p),m=524288+(n>>1|536870912),v=(z=1/((t=i(t,n))+(b=u[C])))*((A=t-b)-(x=o(f=A*z,0))*(g=i(0,m+=C<<18))-x*(t-(g-b))),j=(h=f*f)*h*c(h),g=o(g=3+(h=x*x)+(j+=v*(x+f)),0),S=(E=-7.028461650952758e-9*(w=o(w=(A=x*g)+(z=v*g+(j-(g-3-h))*f),0))+.9617966939259756*(z-(w-A))+d[C])-((O=o(O=(k=.9617967009544373*w)+E+(y=l[C])+(R=P),0))-R-y-k),e[0]=O,e[1]=S,e}},53726:(e,t,n)=>{
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
var a=n(23786),o=n(23218);e.exports=function(e,t){var n,i,r,s,c;return n=(c=1.9259629911266175e-8*(r=t-1)-1.4426950408889634*(r*r*o(r)))-((i=a(i=(s=1.4426950216293335*r)+c,0))-s),e[0]=i,e[1]=n,e}},87609:(e,t,n)=>{
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
var a=n(86523),o=n(97687),i=n(57234),r=n(2804),s=n(15478),c=n(66260),p=n(87949),u=n(23786),l=n(86519),d=n(81475),m=n(50469),f=n(43935),h=n(72122),x=n(30888),v=n(93355),g=n(59905),b=n(53726),y=n(55224),w=1083179008,k=1e300,E=1e-300,O=[0,0],S=[0,0];e.exports=function pow(e,t){var n,R,j,A,z,P,T,C,N,$,I,D,U,L;if(a(e)||a(t))return NaN;if(p.assign(t,O,1,0),z=O[0],0===O[1]){if(0===t)return 1;if(1===t)return e;if(-1===t)return 1/e;if(.5===t)return s(e);if(-.5===t)return 1/s(e);if(2===t)return e*e;if(3===t)return e*e*e;if(4===t)return(e*=e)*e;if(i(t))return v(e,t)}if(p.assign(e,O,1,0),A=O[0],0===O[1]){if(0===A)return h(e,t);if(1===e)return 1;if(-1===e&&o(t))return-1;if(i(e))return e===d?pow(-0,-t):t<0?0:m}if(e<0&&!1===r(t))return(e-e)/(e-e);if(j=c(e),n=A&f|0,R=z&f|0,T=z>>>31|0,P=(P=A>>>31|0)&&o(t)?-1:1,R>1105199104){if(R>1139802112)return x(e,t);if(n<1072693247)return 1===T?P*k*k:P*E*E;if(n>1072693248)return 0===T?P*k*k:P*E*E;I=b(S,j)}else I=g(S,j,n);if(D=($=(t-(C=u(t,0)))*I[0]+t*I[1])+(N=C*I[0]),p.assign(D,O,1,0),U=l(O[0]),L=l(O[1]),U>=w){if(0!==(U-w|L))return P*k*k;if($+8008566259537294e-32>D-N)return P*k*k}else if((U&f)>=1083231232){if(U-3230714880|L)return P*E*E;if($<=D-N)return P*E*E}return P*(D=y(U,N,$))}},53140:e=>{e.exports=
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
function(e){return 0===e?.16666666666666602:.16666666666666602+e*(e*(6613756321437934e-20+e*(4.1381367970572385e-8*e-16533902205465252e-22))-.0027777777777015593)}},23218:e=>{e.exports=
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
function(e){return 0===e?.5:.5+e*(.25*e-.3333333333333333)}},55224:(e,t,n)=>{
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
var a=n(2882),o=n(45990),i=n(23786),r=n(86519),s=n(83291),c=n(81239),p=n(11877),u=n(43935),l=n(28910),d=n(31277),m=n(35568),f=1048576;e.exports=function(e,t,n){var h,x,v,g,b,y,w,k,E;return E=((k=e&u|0)>>d)-p|0,w=0,k>1071644672&&(x=o(0,((w=e+(f>>E+1)>>>0)&~(l>>(E=((w&u)>>d)-p|0)))>>>0),w=(w&l|f)>>d-E>>>0,e<0&&(w=-w),t-=x),b=(g=(n-((x=i(x=n+t,0))-t))*c+-1.904654299957768e-9*x)-((y=(v=.6931471824645996*x)+g)-v),h=y-(x=y*y)*m(x),e=a(y=1-(y*h/(h-2)-(b+y*b)-y)),e=r(e),y=(e+=w<<d>>>0)>>d<=0?s(y,w):o(y,e)}},72122:(e,t,n)=>{
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
var a=n(97687),o=n(35672),i=n(81475),r=n(50469);e.exports=function(e,t){return t===i?r:t===r?0:t>0?a(t)?e:0:a(t)?o(r,e):r}},30888:(e,t,n)=>{
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
var a=n(43935),o=n(2882);e.exports=function(e,t){return(o(e)&a)<=1072693247?t<0?1/0:0:t>0?1/0:0}},93355:(e,t,n)=>{
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
var a=n(66260),o=n(50469);e.exports=function(e,t){return-1===e?(e-e)/(e-e):1===e?1:a(e)<1==(t===o)?0:o}},93982:(e,t,n)=>{
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
var a=n(44385);e.exports=a},97236:(e,t,n)=>{
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
var a=n(42334),o=n(83291),i=n(21830),r=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859],s=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67],c=16777216,p=5.960464477539063e-8,u=i(20),l=i(20),d=i(20),m=i(20);function compute(e,t,n,i,u,l,f,h,x){var v,g,b,y,w,k,E,O,S;for(y=l,S=i[n],O=n,w=0;O>0;w++)g=p*S|0,m[w]=S-c*g|0,S=i[O-1]+g,O-=1;if(S=o(S,u),S-=8*a(.125*S),S-=E=0|S,b=0,u>0?(E+=w=m[n-1]>>24-u,m[n-1]-=w<<24-u,b=m[n-1]>>23-u):0===u?b=m[n-1]>>23:S>=.5&&(b=2),b>0){for(E+=1,v=0,w=0;w<n;w++)O=m[w],0===v?0!==O&&(v=1,m[w]=16777216-O):m[w]=16777215-O;if(u>0)switch(u){case 1:m[n-1]&=8388607;break;case 2:m[n-1]&=4194303}2===b&&(S=1-S,0!==v&&(S-=o(1,u)))}if(0===S){for(O=0,w=n-1;w>=l;w--)O|=m[w];if(0===O){for(k=1;0===m[l-k];k++);for(w=n+1;w<=n+k;w++){for(x[h+w]=r[f+w],g=0,O=0;O<=h;O++)g+=e[O]*x[h+(w-O)];i[w]=g}return compute(e,t,n+=k,i,u,l,f,h,x)}for(n-=1,u-=24;0===m[n];)n-=1,u-=24}else(S=o(S,-u))>=c?(g=p*S|0,m[n]=S-c*g|0,u+=24,m[n+=1]=g):m[n]=0|S;for(g=o(1,u),w=n;w>=0;w--)i[w]=g*m[w],g*=p;for(w=n;w>=0;w--){for(g=0,k=0;k<=y&&k<=n-w;k++)g+=s[k]*i[w+k];d[n-w]=g}for(g=0,w=n;w>=0;w--)g+=d[w];for(t[0]=0===b?g:-g,g=d[0]-g,w=1;w<=n;w++)g+=d[w];return t[1]=0===b?g:-g,7&E}e.exports=function(e,t,n,a){var o,i,s,c,p,d,m;for((i=(n-3)/24|0)<0&&(i=0),c=n-24*(i+1),d=i-(s=a-1),m=s+4,p=0;p<=m;p++)u[p]=d<0?0:r[d],d+=1;for(p=0;p<=4;p++){for(o=0,d=0;d<=s;d++)o+=e[d]*u[s+(p-d)];l[p]=o}return compute(e,t,4,l,c,4,i,s,u)}},44385:(e,t,n)=>{
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
var a=n(43935),o=n(30222),i=n(28910),r=n(2882),s=n(31662),c=n(17844),p=n(97236),u=n(92880),l=1.5707963267341256,d=6077100506506192e-26,m=2*d,f=3*d,h=4*d,x=[0,0,0],v=[0,0];e.exports=function(e,t){var n,g,b,y,w,k,E,O;if((y=(b=0|r(e))&a|0)<=1072243195)return t[0]=e,t[1]=0,0;if(y<=1074752122)return 598523===(y&i)?u(e,y,t):y<=1073928572?b>0?(O=e-l,t[0]=O-d,t[1]=O-t[0]-d,1):(O=e+l,t[0]=O+d,t[1]=O-t[0]+d,-1):b>0?(O=e-2*l,t[0]=O-m,t[1]=O-t[0]-m,2):(O=e+2*l,t[0]=O+m,t[1]=O-t[0]+m,-2);if(y<=1075594811)return y<=1075183036?1074977148===y?u(e,y,t):b>0?(O=e-3*l,t[0]=O-f,t[1]=O-t[0]-f,3):(O=e+3*l,t[0]=O+f,t[1]=O-t[0]+f,-3):1075388923===y?u(e,y,t):b>0?(O=e-4*l,t[0]=O-h,t[1]=O-t[0]-h,4):(O=e+4*l,t[0]=O+h,t[1]=O-t[0]+h,-4);if(y<1094263291)return u(e,y,t);if(y>=o)return t[0]=NaN,t[1]=NaN,0;for(n=s(e),O=c(y-((g=(y>>20)-1046)<<20),n),k=0;k<2;k++)x[k]=0|O,O=16777216*(O-x[k]);for(x[2]=O,w=3;0===x[w-1];)w-=1;return E=p(x,v,g,w,1),b<0?(t[0]=-v[0],t[1]=-v[1],-E):(t[0]=v[0],t[1]=v[1],E)}},92880:(e,t,n)=>{
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
var a=n(18972),o=n(2882);e.exports=function(e,t,n){var i,r,s,c,p;return s=e-1.5707963267341256*(i=a(.6366197723675814*e)),c=6077100506506192e-26*i,p=t>>20,n[0]=s-c,p-(o(n[0])>>20&2047)>16&&(c=20222662487959506e-37*i-((r=s)-(s=r-(c=6077100506303966e-26*i))-c),n[0]=s-c,p-(o(n[0])>>20&2047)>49&&(c=84784276603689e-45*i-((r=s)-(s=r-(c=20222662487111665e-37*i))-c),n[0]=s-c)),n[1]=s-n[0]-c,i}},18972:(e,t,n)=>{
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
var a=n(66547);e.exports=a},66547:e=>{
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
var t=Math.round;e.exports=t},61794:(e,t,n)=>{
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
var a=n(53205);e.exports=a},53205:(e,t,n)=>{
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
var a=n(43935),o=n(30222),i=n(2882),r=n(71567),s=n(70186),c=n(93982),p=[0,0];e.exports=function(e){var t;if(t=i(e),(t&=a)<=1072243195)return t<1045430272?e:s(e,0);if(t>=o)return NaN;switch(3&c(e,p)){case 0:return s(p[0],p[1]);case 1:return r(p[0],p[1]);case 2:return-s(p[0],p[1]);default:return-r(p[0],p[1])}}},18901:(e,t,n)=>{
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
var a=n(83012);e.exports=a},83012:(e,t,n)=>{
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
var a=n(86523),o=n(57234),i=n(99191),r=n(61794),s=n(66260),c=n(35672),p=n(39701);e.exports=function(e){var t,n;return a(e)||o(e)?NaN:0===(t=s(n=e%2))||1===t?c(0,n):t<.25?r(p*n):t<.75?c(i(p*(t=.5-t)),n):t<1.25?(n=c(1,n)-n,r(p*n)):t<1.75?-c(i(p*(t-=1.5)),n):(n-=c(2,n),r(p*n))}},15478:(e,t,n)=>{
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
var a=n(91689);e.exports=a},91689:e=>{
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
var t=Math.sqrt;e.exports=t},81262:(e,t,n)=>{
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
var a=n(92657);e.exports=a},92657:(e,t,n)=>{
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
var a=n(42334),o=n(3385);e.exports=function(e){return e<0?o(e):a(e)}},84241:(e,t,n)=>{
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
var a=n(97696);e.exports=a},97696:e=>{
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
e.exports=Number},6075:(e,t,n)=>{
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
var a=n(67014);e.exports=a},67014:(e,t,n)=>{
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
var a=n(2882),o=n(30222),i=n(11877);e.exports=function(e){var t=a(e);return(t=(t&o)>>>20)-i|0}},17844:(e,t,n)=>{
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
var a=n(15259);e.exports=a},99593:(e,t,n)=>{
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
var a,o,i;!0===n(40347)?(o=1,i=0):(o=0,i=1),a={HIGH:o,LOW:i},e.exports=a},15259:(e,t,n)=>{
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
var a=n(47096),o=n(69979),i=n(99593),r=new o(1),s=new a(r.buffer),c=i.HIGH,p=i.LOW;e.exports=function(e,t){return s[c]=e,s[p]=t,r[0]}},69828:(e,t,n)=>{
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
var a;a=!0===n(40347)?1:0,e.exports=a},2882:(e,t,n)=>{
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
var a=n(16053);e.exports=a},16053:(e,t,n)=>{
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
var a=n(47096),o=n(69979),i=n(69828),r=new o(1),s=new a(r.buffer);e.exports=function(e){return r[0]=e,s[i]}},31662:(e,t,n)=>{
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
var a=n(23761);e.exports=a},75844:(e,t,n)=>{
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
var a;a=!0===n(40347)?0:1,e.exports=a},23761:(e,t,n)=>{
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
var a=n(47096),o=n(69979),i=n(75844),r=new o(1),s=new a(r.buffer);e.exports=function(e){return r[0]=e,s[i]}},40750:(e,t,n)=>{
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
var a=n(55417),o=n(57234),i=n(86523),r=n(66260);e.exports=function(e,t,n,s){return i(e)||o(e)?(t[s]=e,t[s+n]=0,t):0!==e&&r(e)<a?(t[s]=4503599627370496*e,t[s+n]=-52,t):(t[s]=e,t[s+n]=0,t)}},79335:(e,t,n)=>{
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
var a=n(4568),o=n(86754);a(o,"assign",n(40750)),e.exports=o},86754:(e,t,n)=>{
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
var a=n(40750);e.exports=function(e){return a(e,[0,0],1,0)}},72880:(e,t,n)=>{
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
var a;a=!0===n(40347)?1:0,e.exports=a},45990:(e,t,n)=>{
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
var a=n(96921);e.exports=a},96921:(e,t,n)=>{
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
var a=n(47096),o=n(69979),i=n(72880),r=new o(1),s=new a(r.buffer);e.exports=function(e,t){return r[0]=e,s[i]=t>>>0,r[0]}},23786:(e,t,n)=>{
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
var a=n(10253);e.exports=a},79760:(e,t,n)=>{
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
var a;a=!0===n(40347)?0:1,e.exports=a},10253:(e,t,n)=>{
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
var a=n(47096),o=n(69979),i=n(79760),r=new o(1),s=new a(r.buffer);e.exports=function(e,t){return r[0]=e,s[i]=t>>>0,r[0]}},65132:(e,t,n)=>{
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
var a=n(47096),o=n(69979),i=n(33808),r=new o(1),s=new a(r.buffer),c=i.HIGH,p=i.LOW;e.exports=function(e,t,n,a){return r[0]=e,t[a]=s[c],t[a+n]=s[p],t}},87949:(e,t,n)=>{
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
var a=n(4568),o=n(16364);a(o,"assign",n(65132)),e.exports=o},33808:(e,t,n)=>{
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
var a,o,i;!0===n(40347)?(o=1,i=0):(o=0,i=1),a={HIGH:o,LOW:i},e.exports=a},16364:(e,t,n)=>{
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
var a=n(65132);e.exports=function(e){return a(e,[0,0],1,0)}},86519:(e,t,n)=>{
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
var a=n(73234);e.exports=a},73234:e=>{e.exports=
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
var t=Math.abs,n=String.prototype.toLowerCase,a=String.prototype.toUpperCase,o=String.prototype.replace,i=/e\+(\d)$/,r=/e-(\d)$/,s=/^(\d+)$/,c=/^(\d+)e/,p=/\.0$/,u=/\.0*e/,l=/(\..*[^0])0*e/;e.exports=function(e,d){var m,f;switch(d.specifier){case"e":case"E":f=e.toExponential(d.precision);break;case"f":case"F":f=e.toFixed(d.precision);break;case"g":case"G":t(e)<1e-4?((m=d.precision)>0&&(m-=1),f=e.toExponential(m)):f=e.toPrecision(d.precision),d.alternate||(f=o.call(f,l,"$1e"),f=o.call(f,u,"e"),f=o.call(f,p,""));break;default:throw new Error("invalid double notation. Value: "+d.specifier)}return f=o.call(f,i,"e+0$1"),f=o.call(f,r,"e-0$1"),d.alternate&&(f=o.call(f,s,"$1."),f=o.call(f,c,"$1.e")),e>=0&&d.sign&&(f=d.sign+f),f=d.specifier===a.call(d.specifier)?a.call(f):n.call(f)}},91836:(e,t,n)=>{
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
var a=n(86392),o=n(20122),i=String.prototype.toLowerCase,r=String.prototype.toUpperCase;e.exports=function(e){var t,n,s;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;default:t=10}if(n=e.arg,s=parseInt(n,10),!isFinite(s)){if(!a(n))throw new Error("invalid integer. Value: "+n);s=0}return s<0&&("u"===e.specifier||10!==t)&&(s=4294967295+s+1),s<0?(n=(-s).toString(t),e.precision&&(n=o(n,e.precision,e.padRight)),n="-"+n):(n=s.toString(t),s||e.precision?e.precision&&(n=o(n,e.precision,e.padRight)):n="",e.sign&&(n=e.sign+n)),16===t&&(e.alternate&&(n="0x"+n),n=e.specifier===r.call(e.specifier)?r.call(n):i.call(n)),8===t&&e.alternate&&"0"!==n.charAt(0)&&(n="0"+n),n}},50024:(e,t,n)=>{
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
var a=n(84879);e.exports=a},86392:e=>{e.exports=
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
function(e){return"string"==typeof e}},84879:(e,t,n)=>{
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
var a=n(91836),o=n(97852),i=n(86392),r=n(92029),s=n(34484),c=n(20122),p=String.fromCharCode,u=Array.isArray;function isnan(e){return e!=e}function initialize(e){var t={};return t.specifier=e.specifier,t.precision=void 0===e.precision?1:e.precision,t.width=e.width,t.flags=e.flags||"",t.mapping=e.mapping,t}e.exports=function(e){var t,n,l,d,m,f,h,x,v,g;if(!u(e))throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.");for(f="",h=1,v=0;v<e.length;v++)if(l=e[v],o(l))f+=l;else{if(t=void 0!==l.precision,!(l=initialize(l)).specifier)throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+v+"`. Value: `"+l+"`.");for(l.mapping&&(h=l.mapping),n=l.flags,g=0;g<n.length;g++)switch(d=n.charAt(g)){case" ":l.sign=" ";break;case"+":l.sign="+";break;case"-":l.padRight=!0,l.padZeros=!1;break;case"0":l.padZeros=n.indexOf("-")<0;break;case"#":l.alternate=!0;break;default:throw new Error("invalid flag: "+d)}if("*"===l.width){if(l.width=parseInt(arguments[h],10),h+=1,isnan(l.width))throw new TypeError("the argument for * width at position "+h+" is not a number. Value: `"+l.width+"`.");l.width<0&&(l.padRight=!0,l.width=-l.width)}if(t&&"*"===l.precision){if(l.precision=parseInt(arguments[h],10),h+=1,isnan(l.precision))throw new TypeError("the argument for * precision at position "+h+" is not a number. Value: `"+l.precision+"`.");l.precision<0&&(l.precision=1,t=!1)}switch(l.arg=arguments[h],l.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":t&&(l.padZeros=!1),l.arg=a(l);break;case"s":l.maxWidth=t?l.precision:-1,l.arg=String(l.arg);break;case"c":if(!isnan(l.arg)){if((m=parseInt(l.arg,10))<0||m>127)throw new Error("invalid character code. Value: "+l.arg);l.arg=isnan(m)?String(l.arg):p(m)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(t||(l.precision=6),x=parseFloat(l.arg),!isFinite(x)){if(!i(l.arg))throw new Error("invalid floating-point number. Value: "+f);x=l.arg,l.padZeros=!1}l.arg=r(x,l);break;default:throw new Error("invalid specifier: "+l.specifier)}l.maxWidth>=0&&l.arg.length>l.maxWidth&&(l.arg=l.arg.substring(0,l.maxWidth)),l.padZeros?l.arg=c(l.arg,l.width||l.precision,l.padRight):l.width&&(l.arg=s(l.arg,l.width,l.padRight)),f+=l.arg||"",h+=1}return f}},34484:e=>{
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
function spaces(e){var t,n="";for(t=0;t<e;t++)n+=" ";return n}e.exports=function(e,t,n){var a=t-e.length;return a<0?e:e=n?e+spaces(a):spaces(a)+e}},20122:e=>{function zeros(e){var t,n="";for(t=0;t<e;t++)n+="0";return n}e.exports=function(e,t,n){var a=!1,o=t-e.length;return o<0||(
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
function(e){return"-"===e[0]}(e)&&(a=!0,e=e.substr(1)),e=n?e+zeros(o):zeros(o)+e,a&&(e="-"+e)),e}},19340:(e,t,n)=>{
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
var a=n(58755);e.exports=a},58755:e=>{
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
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};return"."===e[4]&&void 0===e[5]&&(t.precision="1"),t}e.exports=function(e){var n,a,o,i;for(a=[],i=0,o=t.exec(e);o;)(n=e.slice(i,t.lastIndex-o[0].length)).length&&a.push(n),"%"===o[6]?a.push("%"):a.push(parse(o)),i=t.lastIndex,o=t.exec(e);return(n=e.slice(i)).length&&a.push(n),a}},17760:(e,t,n)=>{
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
var a=n(63191);e.exports=a},28676:e=>{e.exports=
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
function(e){return"string"==typeof e}},63191:(e,t,n)=>{
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
var a=n(50024),o=n(19340),i=n(28676);e.exports=function format(e){var t,n;if(!i(e))throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e));for(t=[o(e)],n=1;n<arguments.length;n++)t.push(arguments[n]);return a.apply(null,t)}},32038:(e,t,n)=>{
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
var a=n(62873);e.exports=a},62873:e=>{
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
var t="function"==typeof Symbol?Symbol:void 0;e.exports=t},4568:(e,t,n)=>{
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
var a=n(26239);e.exports=a},26239:(e,t,n)=>{
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
var a=n(50708);e.exports=function(e,t,n){a(e,t,{configurable:!1,enumerable:!1,writable:!1,value:n})}},97619:e=>{
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
var t=Object.defineProperty;e.exports=t},15141:e=>{
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
var t="function"==typeof Object.defineProperty?Object.defineProperty:null;e.exports=t},32342:(e,t,n)=>{
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
var a=n(15141);e.exports=function(){try{return a({},"x",{}),!0}catch(e){return!1}}},50708:(e,t,n)=>{
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
var a,o=n(32342),i=n(97619),r=n(80061);a=o()?i:r,e.exports=a},80061:(e,t,n)=>{
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
var a=n(17760),o=Object.prototype,i=o.toString,r=o.__defineGetter__,s=o.__defineSetter__,c=o.__lookupGetter__,p=o.__lookupSetter__;e.exports=function(e,t,n){var u,l,d,m;if("object"!=typeof e||null===e||"[object Array]"===i.call(e))throw new TypeError(a("invalid argument. First argument must be an object. Value: `%s`.",e));if("object"!=typeof n||null===n||"[object Array]"===i.call(n))throw new TypeError(a("invalid argument. Property descriptor must be an object. Value: `%s`.",n));if((l="value"in n)&&(c.call(e,t)||p.call(e,t)?(u=e.__proto__,e.__proto__=o,delete e[t],e[t]=n.value,e.__proto__=u):e[t]=n.value),d="get"in n,m="set"in n,l&&(d||m))throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");return d&&r&&r.call(e,t,n.get),m&&s&&s.call(e,t,n.set),e}},547:(e,t,n)=>{
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
var a,o=n(9501),i=n(31006),r=n(9728);a=o()?r:i,e.exports=a},31006:(e,t,n)=>{
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
var a=n(55763);e.exports=function(e){return a.call(e)}},9728:(e,t,n)=>{
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
var a=n(31907),o=n(94499),i=n(55763);e.exports=function(e){var t,n,r;if(null==e)return i.call(e);n=e[o],t=a(e,o);try{e[o]=void 0}catch(t){return i.call(e)}return r=i.call(e),t?e[o]=n:delete e[o],r}},55763:e=>{
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
var t=Object.prototype.toString;e.exports=t},94499:(e,t,n)=>{
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
var a=n(32038),o="function"==typeof a?a.toStringTag:"";e.exports=o},8207:function(e,t,n){var a=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};const o=n(24434),i=a(n(2830)),r=a(n(98067)),s=i.default("agent-base");function isSecureEndpoint(){const{stack:e}=new Error;return"string"==typeof e&&e.split("\n").some(e=>-1!==e.indexOf("(https.js:")||-1!==e.indexOf("node:https:"))}function createAgent(e,t){return new createAgent.Agent(e,t)}!function(e){class Agent extends o.EventEmitter{constructor(e,t){super();let n=t;"function"==typeof e?this.callback=e:e&&(n=e),this.timeout=null,n&&"number"==typeof n.timeout&&(this.timeout=n.timeout),this.maxFreeSockets=1,this.maxSockets=1,this.maxTotalSockets=1/0,this.sockets={},this.freeSockets={},this.requests={},this.options={}}get defaultPort(){return"number"==typeof this.explicitDefaultPort?this.explicitDefaultPort:isSecureEndpoint()?443:80}set defaultPort(e){this.explicitDefaultPort=e}get protocol(){return"string"==typeof this.explicitProtocol?this.explicitProtocol:isSecureEndpoint()?"https:":"http:"}set protocol(e){this.explicitProtocol=e}callback(e,t,n){throw new Error('"agent-base" has no default implementation, you must subclass and override `callback()`')}addRequest(e,t){const n=Object.assign({},t);"boolean"!=typeof n.secureEndpoint&&(n.secureEndpoint=isSecureEndpoint()),null==n.host&&(n.host="localhost"),null==n.port&&(n.port=n.secureEndpoint?443:80),null==n.protocol&&(n.protocol=n.secureEndpoint?"https:":"http:"),n.host&&n.path&&delete n.path,delete n.agent,delete n.hostname,delete n._defaultAgent,delete n.defaultPort,delete n.createConnection,e._last=!0,e.shouldKeepAlive=!1;let a=!1,o=null;const i=n.timeout||this.timeout,onerror=t=>{e._hadError||(e.emit("error",t),e._hadError=!0)},ontimeout=()=>{o=null,a=!0;const e=new Error(`A "socket" was not created for HTTP request before ${i}ms`);e.code="ETIMEOUT",onerror(e)},callbackError=e=>{a||(null!==o&&(clearTimeout(o),o=null),onerror(e))},onsocket=t=>{if(a)return;if(null!=o&&(clearTimeout(o),o=null),i=t,Boolean(i)&&"function"==typeof i.addRequest)return s("Callback returned another Agent instance %o",t.constructor.name),void t.addRequest(e,n);var i;if(t)return t.once("free",()=>{this.freeSocket(t,n)}),void e.onSocket(t);const r=new Error(`no Duplex stream was returned to agent-base for \`${e.method} ${e.path}\``);onerror(r)};if("function"==typeof this.callback){this.promisifiedCallback||(this.callback.length>=3?(s("Converting legacy callback function to promise"),this.promisifiedCallback=r.default(this.callback)):this.promisifiedCallback=this.callback),"number"==typeof i&&i>0&&(o=setTimeout(ontimeout,i)),"port"in n&&"number"!=typeof n.port&&(n.port=Number(n.port));try{s("Resolving socket for %o request: %o",n.protocol,`${e.method} ${e.path}`),Promise.resolve(this.promisifiedCallback(e,n)).then(onsocket,callbackError)}catch(e){Promise.reject(e).catch(callbackError)}}else onerror(new Error("`callback` is not defined"))}freeSocket(e,t){s("Freeing socket %o %o",e.constructor.name,t),e.destroy()}destroy(){s("Destroying agent %o",this.constructor.name)}}e.Agent=Agent,e.prototype=e.Agent.prototype}(createAgent||(createAgent={})),e.exports=createAgent},98067:(e,t)=>{Object.defineProperty(t,"__esModule",{value:!0}),t.default=function(e){return function(t,n){return new Promise((a,o)=>{e.call(this,t,n,(e,t)=>{e?o(e):a(t)})})}}},51491:e=>{const t=async function(){}.constructor;e.exports=()=>t},77655:e=>{const t=async function*(){}.constructor;e.exports=()=>t},31324:(e,t,n)=>{e.exports={parallel:n(83857),serial:n(31054),serialOrdered:n(53961)}},24818:e=>{function clean(e){"function"==typeof this.jobs[e]&&this.jobs[e]()}e.exports=function(e){Object.keys(e.jobs).forEach(clean.bind(e)),e.jobs={}}},78452:(e,t,n)=>{var a=n(29200);e.exports=function(e){var t=!1;return a(function(){t=!0}),function(n,o){t?e(n,o):a(function(){e(n,o)})}}},29200:e=>{e.exports=function(e){var t="function"==typeof setImmediate?setImmediate:"object"==typeof process&&"function"==typeof process.nextTick?process.nextTick:null;t?t(e):setTimeout(e,0)}},24902:(e,t,n)=>{var a=n(78452),o=n(24818);e.exports=function(e,t,n,i){var r=n.keyedList?n.keyedList[n.index]:n.index;n.jobs[r]=function(e,t,n,o){var i;i=2==e.length?e(n,a(o)):e(n,t,a(o));return i}(t,r,e[r],function(e,t){r in n.jobs&&(delete n.jobs[r],e?o(n):n.results[r]=t,i(e,n.results))})}},81721:e=>{e.exports=function(e,t){var n=!Array.isArray(e),a={index:0,keyedList:n||t?Object.keys(e):null,jobs:{},results:n?{}:[],size:n?Object.keys(e).length:e.length};t&&a.keyedList.sort(n?t:function(n,a){return t(e[n],e[a])});return a}},33351:(e,t,n)=>{var a=n(24818),o=n(78452);e.exports=function(e){if(!Object.keys(this.jobs).length)return;this.index=this.size,a(this),o(e)(null,this.results)}},83857:(e,t,n)=>{var a=n(24902),o=n(81721),i=n(33351);e.exports=function(e,t,n){var r=o(e);for(;r.index<(r.keyedList||e).length;)a(e,t,r,function(e,t){e?n(e,t):0!==Object.keys(r.jobs).length||n(null,r.results)}),r.index++;return i.bind(r,n)}},31054:(e,t,n)=>{var a=n(53961);e.exports=function(e,t,n){return a(e,t,null,n)}},53961:(e,t,n)=>{var a=n(24902),o=n(81721),i=n(33351);function ascending(e,t){return e<t?-1:e>t?1:0}e.exports=function(e,t,n,r){var s=o(e,n);return a(e,t,s,function iteratorHandler(n,o){n?r(n,o):(s.index++,s.index<(s.keyedList||e).length?a(e,t,s,iteratorHandler):r(null,s.results))}),i.bind(s,r)},e.exports.ascending=ascending,e.exports.descending=function(e,t){return-1*ascending(e,t)}},22639:(e,t,n)=>{var a=n(37564),o=n(33945),i=n(88093),r=n(31330);e.exports=r||a.call(i,o)},33945:e=>{e.exports=Function.prototype.apply},88093:e=>{e.exports=Function.prototype.call},88705:(e,t,n)=>{var a=n(37564),o=n(73314),i=n(88093),r=n(22639);e.exports=function(e){if(e.length<1||"function"!=typeof e[0])throw new o("a function is required");return r(a,i,e)}},31330:e=>{e.exports="undefined"!=typeof Reflect&&Reflect&&Reflect.apply},35630:(e,t,n)=>{var a=n(39023),o=n(2203).Stream,i=n(72710);function CombinedStream(){this.writable=!1,this.readable=!0,this.dataSize=0,this.maxDataSize=2097152,this.pauseStreams=!0,this._released=!1,this._streams=[],this._currentStream=null,this._insideLoop=!1,this._pendingNext=!1}e.exports=CombinedStream,a.inherits(CombinedStream,o),CombinedStream.create=function(e){var t=new this;for(var n in e=e||{})t[n]=e[n];return t},CombinedStream.isStreamLike=function(e){return"function"!=typeof e&&"string"!=typeof e&&"boolean"!=typeof e&&"number"!=typeof e&&!Buffer.isBuffer(e)},CombinedStream.prototype.append=function(e){if(CombinedStream.isStreamLike(e)){if(!(e instanceof i)){var t=i.create(e,{maxDataSize:1/0,pauseStream:this.pauseStreams});e.on("data",this._checkDataSize.bind(this)),e=t}this._handleErrors(e),this.pauseStreams&&e.pause()}return this._streams.push(e),this},CombinedStream.prototype.pipe=function(e,t){return o.prototype.pipe.call(this,e,t),this.resume(),e},CombinedStream.prototype._getNext=function(){if(this._currentStream=null,this._insideLoop)this._pendingNext=!0;else{this._insideLoop=!0;try{do{this._pendingNext=!1,this._realGetNext()}while(this._pendingNext)}finally{this._insideLoop=!1}}},CombinedStream.prototype._realGetNext=function(){var e=this._streams.shift();void 0!==e?"function"==typeof e?e(function(e){CombinedStream.isStreamLike(e)&&(e.on("data",this._checkDataSize.bind(this)),this._handleErrors(e)),this._pipeNext(e)}.bind(this)):this._pipeNext(e):this.end()},CombinedStream.prototype._pipeNext=function(e){if(this._currentStream=e,CombinedStream.isStreamLike(e))return e.on("end",this._getNext.bind(this)),void e.pipe(this,{end:!1});var t=e;this.write(t),this._getNext()},CombinedStream.prototype._handleErrors=function(e){var t=this;e.on("error",function(e){t._emitError(e)})},CombinedStream.prototype.write=function(e){this.emit("data",e)},CombinedStream.prototype.pause=function(){this.pauseStreams&&(this.pauseStreams&&this._currentStream&&"function"==typeof this._currentStream.pause&&this._currentStream.pause(),this.emit("pause"))},CombinedStream.prototype.resume=function(){this._released||(this._released=!0,this.writable=!0,this._getNext()),this.pauseStreams&&this._currentStream&&"function"==typeof this._currentStream.resume&&this._currentStream.resume(),this.emit("resume")},CombinedStream.prototype.end=function(){this._reset(),this.emit("end")},CombinedStream.prototype.destroy=function(){this._reset(),this.emit("close")},CombinedStream.prototype._reset=function(){this.writable=!1,this._streams=[],this._currentStream=null},CombinedStream.prototype._checkDataSize=function(){if(this._updateDataSize(),!(this.dataSize<=this.maxDataSize)){var e="DelayedStream#maxDataSize of "+this.maxDataSize+" bytes exceeded.";this._emitError(new Error(e))}},CombinedStream.prototype._updateDataSize=function(){this.dataSize=0;var e=this;this._streams.forEach(function(t){t.dataSize&&(e.dataSize+=t.dataSize)}),this._currentStream&&this._currentStream.dataSize&&(this.dataSize+=this._currentStream.dataSize)},CombinedStream.prototype._emitError=function(e){this._reset(),this.emit("error",e)}},72710:(e,t,n)=>{var a=n(2203).Stream,o=n(39023);function DelayedStream(){this.source=null,this.dataSize=0,this.maxDataSize=1048576,this.pauseStream=!0,this._maxDataSizeExceeded=!1,this._released=!1,this._bufferedEvents=[]}e.exports=DelayedStream,o.inherits(DelayedStream,a),DelayedStream.create=function(e,t){var n=new this;for(var a in t=t||{})n[a]=t[a];n.source=e;var o=e.emit;return e.emit=function(){return n._handleEmit(arguments),o.apply(e,arguments)},e.on("error",function(){}),n.pauseStream&&e.pause(),n},Object.defineProperty(DelayedStream.prototype,"readable",{configurable:!0,enumerable:!0,get:function(){return this.source.readable}}),DelayedStream.prototype.setEncoding=function(){return this.source.setEncoding.apply(this.source,arguments)},DelayedStream.prototype.resume=function(){this._released||this.release(),this.source.resume()},DelayedStream.prototype.pause=function(){this.source.pause()},DelayedStream.prototype.release=function(){this._released=!0,this._bufferedEvents.forEach(function(e){this.emit.apply(this,e)}.bind(this)),this._bufferedEvents=[]},DelayedStream.prototype.pipe=function(){var e=a.prototype.pipe.apply(this,arguments);return this.resume(),e},DelayedStream.prototype._handleEmit=function(e){this._released?this.emit.apply(this,e):("data"===e[0]&&(this.dataSize+=e[1].length,this._checkIfMaxDataSizeExceeded()),this._bufferedEvents.push(e))},DelayedStream.prototype._checkIfMaxDataSizeExceeded=function(){if(!(this._maxDataSizeExceeded||this.dataSize<=this.maxDataSize)){this._maxDataSizeExceeded=!0;var e="DelayedStream#maxDataSize of "+this.maxDataSize+" bytes exceeded.";this.emit("error",new Error(e))}}},26669:(e,t,n)=>{var a,o=n(88705),i=n(33170);try{a=[].__proto__===Array.prototype}catch(e){if(!e||"object"!=typeof e||!("code"in e)||"ERR_PROTO_ACCESS"!==e.code)throw e}var r=!!a&&i&&i(Object.prototype,"__proto__"),s=Object,c=s.getPrototypeOf;e.exports=r&&"function"==typeof r.get?o([r.get]):"function"==typeof c&&function(e){return c(null==e?e:s(e))}},79094:e=>{var t=Object.defineProperty||!1;if(t)try{t({},"a",{value:1})}catch(e){t=!1}e.exports=t},33056:e=>{e.exports=EvalError},31620:e=>{e.exports=Error},14585:e=>{e.exports=RangeError},46905:e=>{e.exports=ReferenceError},80105:e=>{e.exports=SyntaxError},73314:e=>{e.exports=TypeError},32578:e=>{e.exports=URIError},95399:e=>{e.exports=Object},88700:(e,t,n)=>{var a=n(60470)("%Object.defineProperty%",!0),o=n(85479)(),i=n(54076),r=n(73314),s=o?Symbol.toStringTag:null;e.exports=function(e,t){var n=arguments.length>2&&!!arguments[2]&&arguments[2].force,o=arguments.length>2&&!!arguments[2]&&arguments[2].nonConfigurable;if(void 0!==n&&"boolean"!=typeof n||void 0!==o&&"boolean"!=typeof o)throw new r("if provided, the `overrideIfSet` and `nonConfigurable` options must be booleans");!s||!n&&i(e,s)||(a?a(e,s,{configurable:!o,enumerable:!1,value:t,writable:!1}):e[s]=t)}},34778:(e,t,n)=>{var a;e.exports=function(){if(!a){try{a=n(2830)("follow-redirects")}catch(e){}"function"!=typeof a&&(a=function(){})}a.apply(null,arguments)}},1573:(e,t,n)=>{var a,o,i,r=n(87016),s=r.URL,c=n(58611),p=n(65692),u=n(2203).Writable,l=n(42613),d=n(34778);a="undefined"!=typeof process,o="undefined"!=typeof window&&"undefined"!=typeof document,i=isFunction(Error.captureStackTrace),a||!o&&i||console.warn("The follow-redirects package should be excluded from browser builds.");var m=!1;try{l(new s(""))}catch(e){m="ERR_INVALID_URL"===e.code}var f=["Authorization","Proxy-Authorization","Cookie"],h=["auth","host","hostname","href","path","pathname","port","protocol","query","search","hash"],x=["abort","aborted","connect","error","socket","timeout"],v=Object.create(null);x.forEach(function(e){v[e]=function(t,n,a){this._redirectable.emit(e,t,n,a)}});var g=createErrorType("ERR_INVALID_URL","Invalid URL",TypeError),b=createErrorType("ERR_FR_REDIRECTION_FAILURE","Redirected request failed"),y=createErrorType("ERR_FR_TOO_MANY_REDIRECTS","Maximum number of redirects exceeded",b),w=createErrorType("ERR_FR_MAX_BODY_LENGTH_EXCEEDED","Request body larger than maxBodyLength limit"),k=createErrorType("ERR_STREAM_WRITE_AFTER_END","write after end"),E=u.prototype.destroy||noop;function RedirectableRequest(e,t){u.call(this),this._sanitizeOptions(e),this._options=e,this._ended=!1,this._ending=!1,this._redirectCount=0,this._redirects=[],this._requestBodyLength=0,this._requestBodyBuffers=[],t&&this.on("response",t);var n=this;this._onNativeResponse=function(e){try{n._processResponse(e)}catch(e){n.emit("error",e instanceof b?e:new b({cause:e}))}},this._headerFilter=new RegExp("^(?:"+f.concat(e.sensitiveHeaders).map(escapeRegex).join("|")+")$","i"),this._performRequest()}function wrap(e){var t={maxRedirects:21,maxBodyLength:10485760},n={};return Object.keys(e).forEach(function(a){var o=a+":",i=n[o]=e[a],r=t[a]=Object.create(i);Object.defineProperties(r,{request:{value:function(e,a,i){var r;return r=e,s&&r instanceof s?e=spreadUrlObject(e):isString(e)?e=spreadUrlObject(parseUrl(e)):(i=a,a=validateUrl(e),e={protocol:o}),isFunction(a)&&(i=a,a=null),(a=Object.assign({maxRedirects:t.maxRedirects,maxBodyLength:t.maxBodyLength},e,a)).nativeProtocols=n,isString(a.host)||isString(a.hostname)||(a.hostname="::1"),l.equal(a.protocol,o,"protocol mismatch"),d("options",a),new RedirectableRequest(a,i)},configurable:!0,enumerable:!0,writable:!0},get:{value:function(e,t,n){var a=r.request(e,t,n);return a.end(),a},configurable:!0,enumerable:!0,writable:!0}})}),t}function noop(){}function parseUrl(e){var t;if(m)t=new s(e);else if(!isString((t=validateUrl(r.parse(e))).protocol))throw new g({input:e});return t}function validateUrl(e){if(/^\[/.test(e.hostname)&&!/^\[[:0-9a-f]+\]$/i.test(e.hostname))throw new g({input:e.href||e});if(/^\[/.test(e.host)&&!/^\[[:0-9a-f]+\](:\d+)?$/i.test(e.host))throw new g({input:e.href||e});return e}function spreadUrlObject(e,t){var n=t||{};for(var a of h)n[a]=e[a];return n.hostname.startsWith("[")&&(n.hostname=n.hostname.slice(1,-1)),""!==n.port&&(n.port=Number(n.port)),n.path=n.search?n.pathname+n.search:n.pathname,n}function removeMatchingHeaders(e,t){var n;for(var a in t)e.test(a)&&(n=t[a],delete t[a]);return null==n?void 0:String(n).trim()}function createErrorType(e,t,n){function CustomError(n){isFunction(Error.captureStackTrace)&&Error.captureStackTrace(this,this.constructor),Object.assign(this,n||{}),this.code=e,this.message=this.cause?t+": "+this.cause.message:t}return CustomError.prototype=new(n||Error),Object.defineProperties(CustomError.prototype,{constructor:{value:CustomError,enumerable:!1},name:{value:"Error ["+e+"]",enumerable:!1}}),CustomError}function destroyRequest(e,t){for(var n of x)e.removeListener(n,v[n]);e.on("error",noop),e.destroy(t)}function isString(e){return"string"==typeof e||e instanceof String}function isFunction(e){return"function"==typeof e}function escapeRegex(e){return e.replace(/[\^$\\.*+?()[\]{}|]/g,"\\$&")}RedirectableRequest.prototype=Object.create(u.prototype),RedirectableRequest.prototype.abort=function(){destroyRequest(this._currentRequest),this._currentRequest.abort(),this.emit("abort")},RedirectableRequest.prototype.destroy=function(e){return destroyRequest(this._currentRequest,e),E.call(this,e),this},RedirectableRequest.prototype.write=function(e,t,n){if(this._ending)throw new k;if(!isString(e)&&("object"!=typeof(a=e)||!("length"in a)))throw new TypeError("data should be a string, Buffer or Uint8Array");var a;isFunction(t)&&(n=t,t=null),0!==e.length?this._requestBodyLength+e.length<=this._options.maxBodyLength?(this._requestBodyLength+=e.length,this._requestBodyBuffers.push({data:e,encoding:t}),this._currentRequest.write(e,t,n)):(this.emit("error",new w),this.abort()):n&&n()},RedirectableRequest.prototype.end=function(e,t,n){if(isFunction(e)?(n=e,e=t=null):isFunction(t)&&(n=t,t=null),e){var a=this,o=this._currentRequest;this.write(e,t,function(){a._ended=!0,o.end(null,null,n)}),this._ending=!0}else this._ended=this._ending=!0,this._currentRequest.end(null,null,n)},RedirectableRequest.prototype.setHeader=function(e,t){this._options.headers[e]=t,this._currentRequest.setHeader(e,t)},RedirectableRequest.prototype.removeHeader=function(e){delete this._options.headers[e],this._currentRequest.removeHeader(e)},RedirectableRequest.prototype.setTimeout=function(e,t){var n=this;function destroyOnTimeout(t){t.setTimeout(e),t.removeListener("timeout",t.destroy),t.addListener("timeout",t.destroy)}function startTimer(t){n._timeout&&clearTimeout(n._timeout),n._timeout=setTimeout(function(){n.emit("timeout"),clearTimer()},e),destroyOnTimeout(t)}function clearTimer(){n._timeout&&(clearTimeout(n._timeout),n._timeout=null),n.removeListener("abort",clearTimer),n.removeListener("error",clearTimer),n.removeListener("response",clearTimer),n.removeListener("close",clearTimer),t&&n.removeListener("timeout",t),n.socket||n._currentRequest.removeListener("socket",startTimer)}return t&&this.on("timeout",t),this.socket?startTimer(this.socket):this._currentRequest.once("socket",startTimer),this.on("socket",destroyOnTimeout),this.on("abort",clearTimer),this.on("error",clearTimer),this.on("response",clearTimer),this.on("close",clearTimer),this},["flushHeaders","getHeader","setNoDelay","setSocketKeepAlive"].forEach(function(e){RedirectableRequest.prototype[e]=function(t,n){return this._currentRequest[e](t,n)}}),["aborted","connection","socket"].forEach(function(e){Object.defineProperty(RedirectableRequest.prototype,e,{get:function(){return this._currentRequest[e]}})}),RedirectableRequest.prototype._sanitizeOptions=function(e){if(e.headers){if(Array.isArray(e.headers)){var t=e.headers;e.headers={};for(var n=0;n<t.length;n+=2)e.headers[t[n]]=t[n+1]}}else e.headers={};if(Array.isArray(e.sensitiveHeaders)||(e.sensitiveHeaders=[]),e.host&&(e.hostname||(e.hostname=e.host),delete e.host),!e.pathname&&e.path){var a=e.path.indexOf("?");a<0?e.pathname=e.path:(e.pathname=e.path.substring(0,a),e.search=e.path.substring(a))}},RedirectableRequest.prototype._performRequest=function(){var e=this._options.protocol,t=this._options.nativeProtocols[e];if(!t)throw new TypeError("Unsupported protocol "+e);if(this._options.agents){var n=e.slice(0,-1);this._options.agent=this._options.agents[n]}var a=this._currentRequest=t.request(this._options,this._onNativeResponse);for(var o of(a._redirectable=this,x))a.on(o,v[o]);if(this._currentUrl=/^\//.test(this._options.path)?r.format(this._options):this._options.path,this._isRedirect){var i=0,s=this,c=this._requestBodyBuffers;!function writeNext(e){if(a===s._currentRequest)if(e)s.emit("error",e);else if(i<c.length){var t=c[i++];a.finished||a.write(t.data,t.encoding,writeNext)}else s._ended&&a.end()}()}},RedirectableRequest.prototype._processResponse=function(e){var t=e.statusCode;this._options.trackRedirects&&this._redirects.push({url:this._currentUrl,headers:e.headers,statusCode:t});var n,a=e.headers.location;if(!a||!1===this._options.followRedirects||t<300||t>=400)return e.responseUrl=this._currentUrl,e.redirects=this._redirects,this.emit("response",e),void(this._requestBodyBuffers=[]);if(destroyRequest(this._currentRequest),e.destroy(),++this._redirectCount>this._options.maxRedirects)throw new y;var o=this._options.beforeRedirect;o&&(n=Object.assign({Host:e.req.getHeader("host")},this._options.headers));var i=this._options.method;((301===t||302===t)&&"POST"===this._options.method||303===t&&!/^(?:GET|HEAD)$/.test(this._options.method))&&(this._options.method="GET",this._requestBodyBuffers=[],removeMatchingHeaders(/^content-/i,this._options.headers));var c,p,u=removeMatchingHeaders(/^host$/i,this._options.headers),f=parseUrl(this._currentUrl),h=u||f.host,x=/^\w+:/.test(a)?this._currentUrl:r.format(Object.assign(f,{host:h})),v=(c=a,p=x,m?new s(c,p):parseUrl(r.resolve(p,c)));if(d("redirecting to",v.href),this._isRedirect=!0,spreadUrlObject(v,this._options),(v.protocol!==f.protocol&&"https:"!==v.protocol||v.host!==h&&!function(e,t){l(isString(e)&&isString(t));var n=e.length-t.length-1;return n>0&&"."===e[n]&&e.endsWith(t)}(v.host,h))&&removeMatchingHeaders(this._headerFilter,this._options.headers),isFunction(o)){var g={headers:e.headers,statusCode:t},b={url:x,method:i,headers:n};o(this._options,g,b),this._sanitizeOptions(this._options)}this._performRequest()},e.exports=wrap({http:c,https:p}),e.exports.wrap=wrap},96454:(e,t,n)=>{var a=n(35630),o=n(39023),i=n(16928),r=n(58611),s=n(65692),c=n(87016).parse,p=n(79896),u=n(2203).Stream,l=n(76982),d=n(14096),m=n(31324),f=n(88700),h=n(54076),x=n(11835);function escapeHeaderParam(e){return String(e).replace(/\r/g,"%0D").replace(/\n/g,"%0A").replace(/"/g,"%22")}function FormData(e){if(!(this instanceof FormData))return new FormData(e);for(var t in this._overheadLength=0,this._valueLength=0,this._valuesToMeasure=[],a.call(this),e=e||{})this[t]=e[t]}o.inherits(FormData,a),FormData.LINE_BREAK="\r\n",FormData.DEFAULT_CONTENT_TYPE="application/octet-stream",FormData.prototype.append=function(e,t,n){"string"==typeof(n=n||{})&&(n={filename:n});var o=a.prototype.append.bind(this);if("number"!=typeof t&&null!=t||(t=String(t)),Array.isArray(t))this._error(new Error("Arrays are not supported."));else{var i=this._multiPartHeader(e,t,n),r=this._multiPartFooter();o(i),o(t),o(r),this._trackLength(i,t,n)}},FormData.prototype._trackLength=function(e,t,n){var a=0;null!=n.knownLength?a+=Number(n.knownLength):Buffer.isBuffer(t)?a=t.length:"string"==typeof t&&(a=Buffer.byteLength(t)),this._valueLength+=a,this._overheadLength+=Buffer.byteLength(e)+FormData.LINE_BREAK.length,t&&(t.path||t.readable&&h(t,"httpVersion")||t instanceof u)&&(n.knownLength||this._valuesToMeasure.push(t))},FormData.prototype._lengthRetriever=function(e,t){h(e,"fd")?null!=e.end&&e.end!=1/0&&null!=e.start?t(null,e.end+1-(e.start?e.start:0)):p.stat(e.path,function(n,a){if(n)t(n);else{var o=a.size-(e.start?e.start:0);t(null,o)}}):h(e,"httpVersion")?t(null,Number(e.headers["content-length"])):h(e,"httpModule")?(e.on("response",function(n){e.pause(),t(null,Number(n.headers["content-length"]))}),e.resume()):t("Unknown stream")},FormData.prototype._multiPartHeader=function(e,t,n){if("string"==typeof n.header)return n.header;var a,o=this._getContentDisposition(t,n),i=this._getContentType(t,n),r="",s={"Content-Disposition":["form-data",'name="'+escapeHeaderParam(e)+'"'].concat(o||[]),"Content-Type":[].concat(i||[])};for(var c in"object"==typeof n.header&&x(s,n.header),s)if(h(s,c)){if(null==(a=s[c]))continue;Array.isArray(a)||(a=[a]),a.length&&(r+=c+": "+a.join("; ")+FormData.LINE_BREAK)}return"--"+this.getBoundary()+FormData.LINE_BREAK+r+FormData.LINE_BREAK},FormData.prototype._getContentDisposition=function(e,t){var n;if("string"==typeof t.filepath?n=i.normalize(t.filepath).replace(/\\/g,"/"):t.filename||e&&(e.name||e.path)?n=i.basename(t.filename||e&&(e.name||e.path)):e&&e.readable&&h(e,"httpVersion")&&(n=i.basename(e.client._httpMessage.path||"")),n)return'filename="'+escapeHeaderParam(n)+'"'},FormData.prototype._getContentType=function(e,t){var n=t.contentType;return!n&&e&&e.name&&(n=d.lookup(e.name)),!n&&e&&e.path&&(n=d.lookup(e.path)),!n&&e&&e.readable&&h(e,"httpVersion")&&(n=e.headers["content-type"]),n||!t.filepath&&!t.filename||(n=d.lookup(t.filepath||t.filename)),!n&&e&&"object"==typeof e&&(n=FormData.DEFAULT_CONTENT_TYPE),n},FormData.prototype._multiPartFooter=function(){return function(e){var t=FormData.LINE_BREAK;0===this._streams.length&&(t+=this._lastBoundary()),e(t)}.bind(this)},FormData.prototype._lastBoundary=function(){return"--"+this.getBoundary()+"--"+FormData.LINE_BREAK},FormData.prototype.getHeaders=function(e){var t,n={"content-type":"multipart/form-data; boundary="+this.getBoundary()};for(t in e)h(e,t)&&(n[t.toLowerCase()]=e[t]);return n},FormData.prototype.setBoundary=function(e){if("string"!=typeof e)throw new TypeError("FormData boundary must be a string");this._boundary=e},FormData.prototype.getBoundary=function(){return this._boundary||this._generateBoundary(),this._boundary},FormData.prototype.getBuffer=function(){for(var e=new Buffer.alloc(0),t=this.getBoundary(),n=0,a=this._streams.length;n<a;n++)"function"!=typeof this._streams[n]&&(e=Buffer.isBuffer(this._streams[n])?Buffer.concat([e,this._streams[n]]):Buffer.concat([e,Buffer.from(this._streams[n])]),"string"==typeof this._streams[n]&&this._streams[n].substring(2,t.length+2)===t||(e=Buffer.concat([e,Buffer.from(FormData.LINE_BREAK)])));return Buffer.concat([e,Buffer.from(this._lastBoundary())])},FormData.prototype._generateBoundary=function(){this._boundary="--------------------------"+l.randomBytes(12).toString("hex")},FormData.prototype.getLengthSync=function(){var e=this._overheadLength+this._valueLength;return this._streams.length&&(e+=this._lastBoundary().length),this.hasKnownLength()||this._error(new Error("Cannot calculate proper length in synchronous way.")),e},FormData.prototype.hasKnownLength=function(){var e=!0;return this._valuesToMeasure.length&&(e=!1),e},FormData.prototype.getLength=function(e){var t=this._overheadLength+this._valueLength;this._streams.length&&(t+=this._lastBoundary().length),this._valuesToMeasure.length?m.parallel(this._valuesToMeasure,this._lengthRetriever,function(n,a){n?e(n):(a.forEach(function(e){t+=e}),e(null,t))}):process.nextTick(e.bind(this,null,t))},FormData.prototype.submit=function(e,t){var n,a,o={method:"post"};return"string"==typeof e?(e=c(e),a=x({port:e.port,path:e.pathname,host:e.hostname,protocol:e.protocol},o)):(a=x(e,o)).port||(a.port="https:"===a.protocol?443:80),a.headers=this.getHeaders(e.headers),n="https:"===a.protocol?s.request(a):r.request(a),this.getLength(function(e,a){if(e&&"Unknown stream"!==e)this._error(e);else if(a&&n.setHeader("Content-Length",a),this.pipe(n),t){var o,callback=function(e,a){return n.removeListener("error",callback),n.removeListener("response",o),t.call(this,e,a)};o=callback.bind(this,null),n.on("error",callback),n.on("response",o)}}.bind(this)),n},FormData.prototype._error=function(e){this.error||(this.error=e,this.pause(),this.emit("error",e))},FormData.prototype.toString=function(){return"[object FormData]"},f(FormData.prototype,"FormData"),e.exports=FormData},11835:e=>{e.exports=function(e,t){return Object.keys(t).forEach(function(n){e[n]=e[n]||t[n]}),e}},99808:e=>{var t=Object.prototype.toString,n=Math.max,concatty=function(e,t){for(var n=[],a=0;a<e.length;a+=1)n[a]=e[a];for(var o=0;o<t.length;o+=1)n[o+e.length]=t[o];return n};e.exports=function(e){var a=this;if("function"!=typeof a||"[object Function]"!==t.apply(a))throw new TypeError("Function.prototype.bind called on incompatible "+a);for(var o,i=function(e,t){for(var n=[],a=t||0,o=0;a<e.length;a+=1,o+=1)n[o]=e[a];return n}(arguments,1),r=n(0,a.length-i.length),s=[],c=0;c<r;c++)s[c]="$"+c;if(o=Function("binder","return function ("+function(e,t){for(var n="",a=0;a<e.length;a+=1)n+=e[a],a+1<e.length&&(n+=t);return n}(s,",")+"){ return binder.apply(this,arguments); }")(function(){if(this instanceof o){var t=a.apply(this,concatty(i,arguments));return Object(t)===t?t:this}return a.apply(e,concatty(i,arguments))}),a.prototype){var Empty=function(){};Empty.prototype=a.prototype,o.prototype=new Empty,Empty.prototype=null}return o}},37564:(e,t,n)=>{var a=n(99808);e.exports=Function.prototype.bind||a},47228:e=>{const t=function*(){}.constructor;e.exports=()=>t},60470:(e,t,n)=>{var a,o=n(95399),i=n(31620),r=n(33056),s=n(14585),c=n(46905),p=n(80105),u=n(73314),l=n(32578),d=n(55641),m=n(96171),f=n(57147),h=n(41017),x=n(56947),v=n(42621),g=n(30156),b=n(33170),y=n(79094),throwTypeError=function(){throw new u},w=b?function(){try{return throwTypeError}catch(e){try{return b(arguments,"callee").get}catch(e){return throwTypeError}}}():throwTypeError,k=n(23336)(),E=n(81967),O=n(91311),S=n(48681),R=n(33945),j=n(88093),A={},z="undefined"!=typeof Uint8Array&&E?E(Uint8Array):a,P={__proto__:null,"%AggregateError%":"undefined"==typeof AggregateError?a:AggregateError,"%Array%":Array,"%ArrayBuffer%":"undefined"==typeof ArrayBuffer?a:ArrayBuffer,"%ArrayIteratorPrototype%":k&&E?E([][Symbol.iterator]()):a,"%AsyncFromSyncIteratorPrototype%":a,"%AsyncFunction%":A,"%AsyncGenerator%":A,"%AsyncGeneratorFunction%":A,"%AsyncIteratorPrototype%":A,"%Atomics%":"undefined"==typeof Atomics?a:Atomics,"%BigInt%":"undefined"==typeof BigInt?a:BigInt,"%BigInt64Array%":"undefined"==typeof BigInt64Array?a:BigInt64Array,"%BigUint64Array%":"undefined"==typeof BigUint64Array?a:BigUint64Array,"%Boolean%":Boolean,"%DataView%":"undefined"==typeof DataView?a:DataView,"%Date%":Date,"%decodeURI%":decodeURI,"%decodeURIComponent%":decodeURIComponent,"%encodeURI%":encodeURI,"%encodeURIComponent%":encodeURIComponent,"%Error%":i,"%eval%":eval,"%EvalError%":r,"%Float16Array%":"undefined"==typeof Float16Array?a:Float16Array,"%Float32Array%":"undefined"==typeof Float32Array?a:Float32Array,"%Float64Array%":"undefined"==typeof Float64Array?a:Float64Array,"%FinalizationRegistry%":"undefined"==typeof FinalizationRegistry?a:FinalizationRegistry,"%Function%":Function,"%GeneratorFunction%":A,"%Int8Array%":"undefined"==typeof Int8Array?a:Int8Array,"%Int16Array%":"undefined"==typeof Int16Array?a:Int16Array,"%Int32Array%":"undefined"==typeof Int32Array?a:Int32Array,"%isFinite%":isFinite,"%isNaN%":isNaN,"%IteratorPrototype%":k&&E?E(E([][Symbol.iterator]())):a,"%JSON%":"object"==typeof JSON?JSON:a,"%Map%":"undefined"==typeof Map?a:Map,"%MapIteratorPrototype%":"undefined"!=typeof Map&&k&&E?E((new Map)[Symbol.iterator]()):a,"%Math%":Math,"%Number%":Number,"%Object%":o,"%Object.getOwnPropertyDescriptor%":b,"%parseFloat%":parseFloat,"%parseInt%":parseInt,"%Promise%":"undefined"==typeof Promise?a:Promise,"%Proxy%":"undefined"==typeof Proxy?a:Proxy,"%RangeError%":s,"%ReferenceError%":c,"%Reflect%":"undefined"==typeof Reflect?a:Reflect,"%RegExp%":RegExp,"%Set%":"undefined"==typeof Set?a:Set,"%SetIteratorPrototype%":"undefined"!=typeof Set&&k&&E?E((new Set)[Symbol.iterator]()):a,"%SharedArrayBuffer%":"undefined"==typeof SharedArrayBuffer?a:SharedArrayBuffer,"%String%":String,"%StringIteratorPrototype%":k&&E?E(""[Symbol.iterator]()):a,"%Symbol%":k?Symbol:a,"%SyntaxError%":p,"%ThrowTypeError%":w,"%TypedArray%":z,"%TypeError%":u,"%Uint8Array%":"undefined"==typeof Uint8Array?a:Uint8Array,"%Uint8ClampedArray%":"undefined"==typeof Uint8ClampedArray?a:Uint8ClampedArray,"%Uint16Array%":"undefined"==typeof Uint16Array?a:Uint16Array,"%Uint32Array%":"undefined"==typeof Uint32Array?a:Uint32Array,"%URIError%":l,"%WeakMap%":"undefined"==typeof WeakMap?a:WeakMap,"%WeakRef%":"undefined"==typeof WeakRef?a:WeakRef,"%WeakSet%":"undefined"==typeof WeakSet?a:WeakSet,"%Function.prototype.call%":j,"%Function.prototype.apply%":R,"%Object.defineProperty%":y,"%Object.getPrototypeOf%":O,"%Math.abs%":d,"%Math.floor%":m,"%Math.max%":f,"%Math.min%":h,"%Math.pow%":x,"%Math.round%":v,"%Math.sign%":g,"%Reflect.getPrototypeOf%":S};if(E)try{null.error}catch(e){var T=E(E(e));P["%Error.prototype%"]=T}var C=n(51491),N=n(47228),$=n(77655),I=function doEval(e){var t;if("%AsyncFunction%"===e)t=C()||void 0;else if("%GeneratorFunction%"===e)t=N()||void 0;else if("%AsyncGeneratorFunction%"===e)t=$()||void 0;else if("%AsyncGenerator%"===e){var n=doEval("%AsyncGeneratorFunction%");n&&(t=n.prototype)}else if("%AsyncIteratorPrototype%"===e){var a=doEval("%AsyncGenerator%");a&&E&&(t=E(a.prototype))}return P[e]=t,t},D={__proto__:null,"%ArrayBufferPrototype%":["ArrayBuffer","prototype"],"%ArrayPrototype%":["Array","prototype"],"%ArrayProto_entries%":["Array","prototype","entries"],"%ArrayProto_forEach%":["Array","prototype","forEach"],"%ArrayProto_keys%":["Array","prototype","keys"],"%ArrayProto_values%":["Array","prototype","values"],"%AsyncFunctionPrototype%":["AsyncFunction","prototype"],"%AsyncGenerator%":["AsyncGeneratorFunction","prototype"],"%AsyncGeneratorPrototype%":["AsyncGeneratorFunction","prototype","prototype"],"%BooleanPrototype%":["Boolean","prototype"],"%DataViewPrototype%":["DataView","prototype"],"%DatePrototype%":["Date","prototype"],"%ErrorPrototype%":["Error","prototype"],"%EvalErrorPrototype%":["EvalError","prototype"],"%Float32ArrayPrototype%":["Float32Array","prototype"],"%Float64ArrayPrototype%":["Float64Array","prototype"],"%FunctionPrototype%":["Function","prototype"],"%Generator%":["GeneratorFunction","prototype"],"%GeneratorPrototype%":["GeneratorFunction","prototype","prototype"],"%Int8ArrayPrototype%":["Int8Array","prototype"],"%Int16ArrayPrototype%":["Int16Array","prototype"],"%Int32ArrayPrototype%":["Int32Array","prototype"],"%JSONParse%":["JSON","parse"],"%JSONStringify%":["JSON","stringify"],"%MapPrototype%":["Map","prototype"],"%NumberPrototype%":["Number","prototype"],"%ObjectPrototype%":["Object","prototype"],"%ObjProto_toString%":["Object","prototype","toString"],"%ObjProto_valueOf%":["Object","prototype","valueOf"],"%PromisePrototype%":["Promise","prototype"],"%PromiseProto_then%":["Promise","prototype","then"],"%Promise_all%":["Promise","all"],"%Promise_reject%":["Promise","reject"],"%Promise_resolve%":["Promise","resolve"],"%RangeErrorPrototype%":["RangeError","prototype"],"%ReferenceErrorPrototype%":["ReferenceError","prototype"],"%RegExpPrototype%":["RegExp","prototype"],"%SetPrototype%":["Set","prototype"],"%SharedArrayBufferPrototype%":["SharedArrayBuffer","prototype"],"%StringPrototype%":["String","prototype"],"%SymbolPrototype%":["Symbol","prototype"],"%SyntaxErrorPrototype%":["SyntaxError","prototype"],"%TypedArrayPrototype%":["TypedArray","prototype"],"%TypeErrorPrototype%":["TypeError","prototype"],"%Uint8ArrayPrototype%":["Uint8Array","prototype"],"%Uint8ClampedArrayPrototype%":["Uint8ClampedArray","prototype"],"%Uint16ArrayPrototype%":["Uint16Array","prototype"],"%Uint32ArrayPrototype%":["Uint32Array","prototype"],"%URIErrorPrototype%":["URIError","prototype"],"%WeakMapPrototype%":["WeakMap","prototype"],"%WeakSetPrototype%":["WeakSet","prototype"]},U=n(37564),L=n(54076),F=U.call(j,Array.prototype.concat),B=U.call(R,Array.prototype.splice),q=U.call(j,String.prototype.replace),M=U.call(j,String.prototype.slice),Z=U.call(j,RegExp.prototype.exec),H=/[^%.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|%$))/g,V=/\\(\\)?/g,getBaseIntrinsic=function(e,t){var n,a=e;if(L(D,a)&&(a="%"+(n=D[a])[0]+"%"),L(P,a)){var o=P[a];if(o===A&&(o=I(a)),void 0===o&&!t)throw new u("intrinsic "+e+" exists, but is not available. Please file an issue!");return{alias:n,name:a,value:o}}throw new p("intrinsic "+e+" does not exist!")};e.exports=function(e,t){if("string"!=typeof e||0===e.length)throw new u("intrinsic name must be a non-empty string");if(arguments.length>1&&"boolean"!=typeof t)throw new u('"allowMissing" argument must be a boolean');if(null===Z(/^%?[^%]*%?$/,e))throw new p("`%` may not be present anywhere but at the beginning and end of the intrinsic name");var n=function(e){var t=M(e,0,1),n=M(e,-1);if("%"===t&&"%"!==n)throw new p("invalid intrinsic syntax, expected closing `%`");if("%"===n&&"%"!==t)throw new p("invalid intrinsic syntax, expected opening `%`");var a=[];return q(e,H,function(e,t,n,o){a[a.length]=n?q(o,V,"$1"):t||e}),a}(e),a=n.length>0?n[0]:"",o=getBaseIntrinsic("%"+a+"%",t),i=o.name,r=o.value,s=!1,c=o.alias;c&&(a=c[0],B(n,F([0,1],c)));for(var l=1,d=!0;l<n.length;l+=1){var m=n[l],f=M(m,0,1),h=M(m,-1);if(('"'===f||"'"===f||"`"===f||'"'===h||"'"===h||"`"===h)&&f!==h)throw new p("property names with quotes must have matching quotes");if("constructor"!==m&&d||(s=!0),L(P,i="%"+(a+="."+m)+"%"))r=P[i];else if(null!=r){if(!(m in r)){if(!t)throw new u("base intrinsic for "+e+" exists, but the property is not available.");return}if(b&&l+1>=n.length){var x=b(r,m);r=(d=!!x)&&"get"in x&&!("originalValue"in x.get)?x.get:r[m]}else d=L(r,m),r=r[m];d&&!s&&(P[i]=r)}}return r}},91311:(e,t,n)=>{var a=n(95399);e.exports=a.getPrototypeOf||null},48681:e=>{e.exports="undefined"!=typeof Reflect&&Reflect.getPrototypeOf||null},81967:(e,t,n)=>{var a=n(48681),o=n(91311),i=n(26669);e.exports=a?function(e){return a(e)}:o?function(e){if(!e||"object"!=typeof e&&"function"!=typeof e)throw new TypeError("getProto: not an object");return o(e)}:i?function(e){return i(e)}:null},1174:e=>{e.exports=Object.getOwnPropertyDescriptor},33170:(e,t,n)=>{var a=n(1174);if(a)try{a([],"length")}catch(e){a=null}e.exports=a},23336:(e,t,n)=>{var a="undefined"!=typeof Symbol&&Symbol,o=n(61114);e.exports=function(){return"function"==typeof a&&("function"==typeof Symbol&&("symbol"==typeof a("foo")&&("symbol"==typeof Symbol("bar")&&o())))}},61114:e=>{e.exports=function(){if("function"!=typeof Symbol||"function"!=typeof Object.getOwnPropertySymbols)return!1;if("symbol"==typeof Symbol.iterator)return!0;var e={},t=Symbol("test"),n=Object(t);if("string"==typeof t)return!1;if("[object Symbol]"!==Object.prototype.toString.call(t))return!1;if("[object Symbol]"!==Object.prototype.toString.call(n))return!1;for(var a in e[t]=42,e)return!1;if("function"==typeof Object.keys&&0!==Object.keys(e).length)return!1;if("function"==typeof Object.getOwnPropertyNames&&0!==Object.getOwnPropertyNames(e).length)return!1;var o=Object.getOwnPropertySymbols(e);if(1!==o.length||o[0]!==t)return!1;if(!Object.prototype.propertyIsEnumerable.call(e,t))return!1;if("function"==typeof Object.getOwnPropertyDescriptor){var i=Object.getOwnPropertyDescriptor(e,t);if(42!==i.value||!0!==i.enumerable)return!1}return!0}},85479:(e,t,n)=>{var a=n(61114);e.exports=function(){return a()&&!!Symbol.toStringTag}},54076:(e,t,n)=>{var a=Function.prototype.call,o=Object.prototype.hasOwnProperty,i=n(37564);e.exports=i.call(a,o)},96904:function(e,t,n){var a=this&&this.__awaiter||function(e,t,n,a){return new(n||(n=Promise))(function(o,i){function fulfilled(e){try{step(a.next(e))}catch(e){i(e)}}function rejected(e){try{step(a.throw(e))}catch(e){i(e)}}function step(e){var t;e.done?o(e.value):(t=e.value,t instanceof n?t:new n(function(e){e(t)})).then(fulfilled,rejected)}step((a=a.apply(e,t||[])).next())})},o=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(t,"__esModule",{value:!0});const i=o(n(69278)),r=o(n(64756)),s=o(n(87016)),c=o(n(42613)),p=o(n(2830)),u=n(8207),l=o(n(37943)),d=p.default("https-proxy-agent:agent");class HttpsProxyAgent extends u.Agent{constructor(e){let t;if(t="string"==typeof e?s.default.parse(e):e,!t)throw new Error("an HTTP(S) proxy server `host` and `port` must be specified!");d("creating new HttpsProxyAgent instance: %o",t),super(t);const n=Object.assign({},t);var a;this.secureProxy=t.secureProxy||"string"==typeof(a=n.protocol)&&/^https:?$/i.test(a),n.host=n.hostname||n.host,"string"==typeof n.port&&(n.port=parseInt(n.port,10)),!n.port&&n.host&&(n.port=this.secureProxy?443:80),this.secureProxy&&!("ALPNProtocols"in n)&&(n.ALPNProtocols=["http 1.1"]),n.host&&n.path&&(delete n.path,delete n.pathname),this.proxy=n}callback(e,t){return a(this,void 0,void 0,function*(){const{proxy:n,secureProxy:a}=this;let o;a?(d("Creating `tls.Socket`: %o",n),o=r.default.connect(n)):(d("Creating `net.Socket`: %o",n),o=i.default.connect(n));const s=Object.assign({},n.headers);let p=`CONNECT ${`${t.host}:${t.port}`} HTTP/1.1\r\n`;n.auth&&(s["Proxy-Authorization"]=`Basic ${Buffer.from(n.auth).toString("base64")}`);let{host:u,port:m,secureEndpoint:f}=t;(function(e,t){return Boolean(!t&&80===e||t&&443===e)})(m,f)||(u+=`:${m}`),s.Host=u,s.Connection="close";for(const e of Object.keys(s))p+=`${e}: ${s[e]}\r\n`;const h=l.default(o);o.write(`${p}\r\n`);const{statusCode:x,buffered:v}=yield h;if(200===x){if(e.once("socket",resume),t.secureEndpoint){d("Upgrading socket connection to TLS");const e=t.servername||t.host;return r.default.connect(Object.assign(Object.assign({},function(e,...t){const n={};let a;for(a in e)t.includes(a)||(n[a]=e[a]);return n}(t,"host","hostname","path","port")),{socket:o,servername:e}))}return o}o.destroy();const g=new i.default.Socket({writable:!1});return g.readable=!0,e.once("socket",e=>{d("replaying proxy buffer for failed request"),c.default(e.listenerCount("data")>0),e.push(v),e.push(null)}),g})}}function resume(e){e.resume()}t.default=HttpsProxyAgent},3669:function(e,t,n){const a=(this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}})(n(96904));function createHttpsProxyAgent(e){return new a.default(e)}!function(e){e.HttpsProxyAgent=a.default,e.prototype=a.default.prototype}(createHttpsProxyAgent||(createHttpsProxyAgent={})),e.exports=createHttpsProxyAgent},37943:function(e,t,n){var a=this&&this.__importDefault||function(e){return e&&e.__esModule?e:{default:e}};Object.defineProperty(t,"__esModule",{value:!0});const o=a(n(2830)).default("https-proxy-agent:parse-proxy-response");t.default=function(e){return new Promise((t,n)=>{let a=0;const i=[];function read(){const n=e.read();n?function(e){i.push(e),a+=e.length;const n=Buffer.concat(i,a);if(-1===n.indexOf("\r\n\r\n"))return o("have not received end of HTTP headers yet..."),void read();const r=n.toString("ascii",0,n.indexOf("\r\n")),s=+r.split(" ")[1];o("got proxy server response: %o",r),t({statusCode:s,buffered:n})}(n):e.once("readable",read)}function onclose(e){o("onclose had error %o",e)}function onend(){o("onend")}function onerror(t){e.removeListener("end",onend),e.removeListener("error",onerror),e.removeListener("close",onclose),e.removeListener("readable",read),o("onerror %o",t),n(t)}e.on("error",onerror),e.on("close",onclose),e.on("end",onend),read()})}},70178:e=>{const t=new Set(["ENOTFOUND","ENETUNREACH","UNABLE_TO_GET_ISSUER_CERT","UNABLE_TO_GET_CRL","UNABLE_TO_DECRYPT_CERT_SIGNATURE","UNABLE_TO_DECRYPT_CRL_SIGNATURE","UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY","CERT_SIGNATURE_FAILURE","CRL_SIGNATURE_FAILURE","CERT_NOT_YET_VALID","CERT_HAS_EXPIRED","CRL_NOT_YET_VALID","CRL_HAS_EXPIRED","ERROR_IN_CERT_NOT_BEFORE_FIELD","ERROR_IN_CERT_NOT_AFTER_FIELD","ERROR_IN_CRL_LAST_UPDATE_FIELD","ERROR_IN_CRL_NEXT_UPDATE_FIELD","OUT_OF_MEM","DEPTH_ZERO_SELF_SIGNED_CERT","SELF_SIGNED_CERT_IN_CHAIN","UNABLE_TO_GET_ISSUER_CERT_LOCALLY","UNABLE_TO_VERIFY_LEAF_SIGNATURE","CERT_CHAIN_TOO_LONG","CERT_REVOKED","INVALID_CA","PATH_LENGTH_EXCEEDED","INVALID_PURPOSE","CERT_UNTRUSTED","CERT_REJECTED","HOSTNAME_MISMATCH"]);e.exports=e=>!t.has(e&&e.code)},55641:e=>{e.exports=Math.abs},96171:e=>{e.exports=Math.floor},77044:e=>{e.exports=Number.isNaN||function(e){return e!=e}},57147:e=>{e.exports=Math.max},41017:e=>{e.exports=Math.min},56947:e=>{e.exports=Math.pow},42621:e=>{e.exports=Math.round},30156:(e,t,n)=>{var a=n(77044);e.exports=function(e){return a(e)||0===e?e:e<0?-1:1}},99829:(e,t,n)=>{
/*!
 * mime-db
 * Copyright(c) 2014 Jonathan Ong
 * Copyright(c) 2015-2022 Douglas Christopher Wilson
 * MIT Licensed
 */
e.exports=n(81813)},14096:(e,t,n)=>{
/*!
 * mime-types
 * Copyright(c) 2014 Jonathan Ong
 * Copyright(c) 2015 Douglas Christopher Wilson
 * MIT Licensed
 */
var a,o,i,r=n(99829),s=n(16928).extname,c=/^\s*([^;\s]*)(?:;|\s|$)/,p=/^text\//i;function charset(e){if(!e||"string"!=typeof e)return!1;var t=c.exec(e),n=t&&r[t[1].toLowerCase()];return n&&n.charset?n.charset:!(!t||!p.test(t[1]))&&"UTF-8"}t.charset=charset,t.charsets={lookup:charset},t.contentType=function(e){if(!e||"string"!=typeof e)return!1;var n=-1===e.indexOf("/")?t.lookup(e):e;if(!n)return!1;if(-1===n.indexOf("charset")){var a=t.charset(n);a&&(n+="; charset="+a.toLowerCase())}return n},t.extension=function(e){if(!e||"string"!=typeof e)return!1;var n=c.exec(e),a=n&&t.extensions[n[1].toLowerCase()];if(!a||!a.length)return!1;return a[0]},t.extensions=Object.create(null),t.lookup=function(e){if(!e||"string"!=typeof e)return!1;var n=s("x."+e).toLowerCase().substr(1);if(!n)return!1;return t.types[n]||!1},t.types=Object.create(null),a=t.extensions,o=t.types,i=["nginx","apache",void 0,"iana"],Object.keys(r).forEach(function(e){var t=r[e],n=t.extensions;if(n&&n.length){a[e]=n;for(var s=0;s<n.length;s++){var c=n[s];if(o[c]){var p=i.indexOf(r[o[c]].source),u=i.indexOf(t.source);if("application/octet-stream"!==o[c]&&(p>u||p===u&&"application/"===o[c].substr(0,12)))continue}o[c]=e}}})},88405:(e,t,n)=>{n.d(t,{Ay:()=>c,Nv:()=>exponentialDelay,P9:()=>retryAfter,TX:()=>isNetworkError});var a=n(70178);const o="axios-retry";function isNetworkError(e){return!e.response&&(!!e.code&&(!["ERR_CANCELED","ECONNABORTED"].includes(e.code)&&a(e)))}const i=["get","head","options"],r=i.concat(["put","delete"]);function isRetryableError(e){return"ECONNABORTED"!==e.code&&(!e.response||429===e.response.status||e.response.status>=500&&e.response.status<=599)}function isIdempotentRequestError(e){return!!e.config?.method&&(isRetryableError(e)&&-1!==r.indexOf(e.config.method))}function isNetworkOrIdempotentRequestError(e){return isNetworkError(e)||isIdempotentRequestError(e)}function retryAfter(e=void 0){const t=e?.response?.headers["retry-after"];if(!t)return 0;let n=1e3*(Number(t)||0);return 0===n&&(n=(new Date(t).valueOf()||0)-Date.now()),Math.max(0,n)}function exponentialDelay(e=0,t=void 0,n=100){const a=2**e*n,o=Math.max(a,retryAfter(t));return o+.2*o*Math.random()}const s={retries:3,retryCondition:isNetworkOrIdempotentRequestError,retryDelay:function(e=0,t=void 0){return Math.max(0,retryAfter(t))},shouldResetTimeout:!1,onRetry:()=>{},onMaxRetryTimesExceeded:()=>{},validateResponse:null};function setCurrentState(e,t,n=!1){const a=function(e,t){return{...s,...t,...e[o]}}(e,t||{});return a.retryCount=a.retryCount||0,a.lastRequestTime&&!n||(a.lastRequestTime=Date.now()),e[o]=a,a}const axiosRetry=(e,t)=>{const n=e.interceptors.request.use(e=>(setCurrentState(e,t,!0),e[o]?.validateResponse&&(e.validateStatus=()=>!1),e)),a=e.interceptors.response.use(null,async n=>{const{config:a}=n;if(!a)return Promise.reject(n);const o=setCurrentState(a,t);return n.response&&o.validateResponse?.(n.response)?n.response:await async function(e,t){const{retries:n,retryCondition:a}=e,o=(e.retryCount||0)<n&&a(t);if("object"==typeof o)try{return!1!==await o}catch(e){return!1}return o}(o,n)?async function(e,t,n,a){t.retryCount+=1;const{retryDelay:o,shouldResetTimeout:i,onRetry:r}=t,s=o(t.retryCount,n);if(function(e,t){e.defaults.agent===t.agent&&delete t.agent,e.defaults.httpAgent===t.httpAgent&&delete t.httpAgent,e.defaults.httpsAgent===t.httpsAgent&&delete t.httpsAgent}(e,a),!i&&a.timeout&&t.lastRequestTime){const e=Date.now()-t.lastRequestTime,o=a.timeout-e-s;if(o<=0)return Promise.reject(n);a.timeout=o}return a.transformRequest=[e=>e],await r(t.retryCount,n,a),a.signal?.aborted?Promise.resolve(e(a)):new Promise(t=>{const abortListener=()=>{clearTimeout(n),t(e(a))},n=setTimeout(()=>{t(e(a)),a.signal?.removeEventListener&&a.signal.removeEventListener("abort",abortListener)},s);a.signal?.addEventListener&&a.signal.addEventListener("abort",abortListener,{once:!0})})}(e,o,n,a):(await async function(e,t){e.retryCount>=e.retries&&await e.onMaxRetryTimesExceeded(t,e.retryCount)}(o,n),Promise.reject(n))});return{requestInterceptorId:n,responseInterceptorId:a}};axiosRetry.isNetworkError=isNetworkError,axiosRetry.isSafeRequestError=function(e){return!!e.config?.method&&(isRetryableError(e)&&-1!==i.indexOf(e.config.method))},axiosRetry.isIdempotentRequestError=isIdempotentRequestError,axiosRetry.isNetworkOrIdempotentRequestError=isNetworkOrIdempotentRequestError,axiosRetry.exponentialDelay=exponentialDelay,axiosRetry.linearDelay=function(e=100){return(t=0,n=void 0)=>{const a=t*e;return Math.max(a,retryAfter(n))}},axiosRetry.isRetryableError=isRetryableError;const c=axiosRetry},41542:(e,t,n)=>{n.d(t,{A:()=>Wt});var a={};function bind(e,t){return function(){return e.apply(t,arguments)}}n.r(a),n.d(a,{hasBrowserEnv:()=>fe,hasStandardBrowserEnv:()=>xe,hasStandardBrowserWebWorkerEnv:()=>ve,navigator:()=>he,origin:()=>ge});const{toString:o}=Object.prototype,{getPrototypeOf:i}=Object,{iterator:r,toStringTag:s}=Symbol,c=(({hasOwnProperty:e})=>(t,n)=>e.call(t,n))(Object.prototype),isUnsafeObjectKey=e=>"string"==typeof e&&("__proto__"===e||"constructor"===e||"prototype"===e),isPrototypeBoundary=(e,t,n)=>e===Object.prototype||!n&&null===t,hasOwnInPrototypeChain=(e,t)=>{let n=e;const a=[];for(;null!=n;){if(-1!==a.indexOf(n))return!1;a.push(n);const o=i(n);if(isPrototypeBoundary(n,o,n===e))return!1;if(c(n,t))return!0;n=o}return!1},p=(u=Object.create(null),e=>{const t=o.call(e);return u[t]||(u[t]=t.slice(8,-1).toLowerCase())});var u;const kindOfTest=e=>(e=e.toLowerCase(),t=>p(t)===e),typeOfTest=e=>t=>typeof t===e,{isArray:l}=Array,d=typeOfTest("undefined");function isBuffer(e){return null!==e&&!d(e)&&null!==e.constructor&&!d(e.constructor)&&h(e.constructor.isBuffer)&&e.constructor.isBuffer(e)}const m=kindOfTest("ArrayBuffer");const f=typeOfTest("string"),h=typeOfTest("function"),x=typeOfTest("number"),isObject=e=>null!==e&&"object"==typeof e,isPlainObject=e=>{if(!isObject(e))return!1;const t=i(e);return(null===t||t===Object.prototype||null===i(t))&&(isPrototypeBoundary(e,t,!0)||!c(e,s)&&!c(e,r))},v=kindOfTest("Date"),g=kindOfTest("File"),b=kindOfTest("Blob"),y=kindOfTest("FileList"),w=kindOfTest("Set");const k="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof self?self:"undefined"!=typeof window?window:"undefined"!=typeof global?global:{},E=void 0!==k.FormData?k.FormData:void 0,O=kindOfTest("URLSearchParams"),[S,R,j,A]=["ReadableStream","Request","Response","Headers"].map(kindOfTest);function forEach(e,t,{allOwnKeys:n=!1}={}){if(null==e)return;let a,o;if("object"!=typeof e&&(e=[e]),l(e))for(a=0,o=e.length;a<o;a++)t.call(null,e[a],a,e);else{if(isBuffer(e))return;const o=n?Object.getOwnPropertyNames(e):Object.keys(e),i=o.length;let r;for(a=0;a<i;a++)r=o[a],t.call(null,e[r],r,e)}}const z="undefined"!=typeof globalThis?globalThis:"undefined"!=typeof self?self:"undefined"!=typeof window?window:global,isContextDefined=e=>!d(e)&&e!==z;const P=(T="undefined"!=typeof Uint8Array&&i(Uint8Array),e=>T&&e instanceof T);var T;const C=kindOfTest("HTMLFormElement"),{propertyIsEnumerable:N}=Object.prototype,$=kindOfTest("RegExp"),reduceDescriptors=(e,t)=>{const n=Object.getOwnPropertyDescriptors(e),a={};forEach(n,(n,o)=>{let i;!1!==(i=t(n,o,e))&&(a[o]=i||n)}),Object.defineProperties(e,a)};const I=kindOfTest("AsyncFunction"),D=(U="function"==typeof setImmediate,L=h(z.postMessage),U?setImmediate:L?(F=`axios@${Math.random()}`,B=[],z.addEventListener("message",({source:e,data:t})=>{e===z&&t===F&&B.length&&B.shift()()},!1),e=>{B.push(e),z.postMessage(F,"*")}):e=>setTimeout(e));var U,L,F,B;const q="undefined"!=typeof queueMicrotask?queueMicrotask.bind(z):"undefined"!=typeof process&&process.nextTick||D,isIterable=e=>null!=e&&h(e[r]),M={isArray:l,isArrayBuffer:m,isBuffer:isBuffer,isFormData:e=>{if(!e)return!1;if(E&&e instanceof E)return!0;const t=i(e);if(!t||t===Object.prototype)return!1;if(!h(e.append))return!1;const n=p(e);return"formdata"===n||"object"===n&&h(e.toString)&&"[object FormData]"===e.toString()},isArrayBufferView:function(e){let t;return t="undefined"!=typeof ArrayBuffer&&ArrayBuffer.isView?ArrayBuffer.isView(e):e&&e.buffer&&m(e.buffer),t},isString:f,isNumber:x,isBoolean:e=>!0===e||!1===e,isObject:isObject,isPlainObject:isPlainObject,isEmptyObject:e=>{if(!isObject(e)||isBuffer(e))return!1;try{return 0===Object.keys(e).length&&Object.getPrototypeOf(e)===Object.prototype}catch(e){return!1}},isReadableStream:S,isRequest:R,isResponse:j,isHeaders:A,isUndefined:d,isDate:v,isFile:g,isReactNativeBlob:e=>!(!e||void 0===e.uri),isReactNative:e=>e&&void 0!==e.getParts,isBlob:b,isRegExp:$,isFunction:h,isStream:e=>isObject(e)&&h(e.pipe),isURLSearchParams:O,isTypedArray:P,isFileList:y,forEach:forEach,merge:function merge(...e){const{caseless:t,skipUndefined:n}=isContextDefined(this)&&this||{},a={},o=t?Object.create(null):null,assignValue=(e,t)=>{if("__proto__"===t||"constructor"===t||"prototype"===t)return;let i=t;if(o&&"string"==typeof t){const e=t.toLowerCase(),n=o[e];void 0!==n&&c(a,n)?i=n:o[e]=t}const r=c(a,i)?a[i]:void 0;isPlainObject(r)&&isPlainObject(e)?a[i]=merge(r,e):isPlainObject(e)?a[i]=merge({},e):l(e)?a[i]=e.slice():n&&d(e)||(a[i]=e)};for(let t=0,n=e.length;t<n;t++){const n=e[t];if(!n||isBuffer(n))continue;if(forEach(n,assignValue),"object"!=typeof n||l(n)||!Object.getOwnPropertySymbols)continue;const a=Object.getOwnPropertySymbols(n);for(let e=0;e<a.length;e++){const t=a[e];N.call(n,t)&&assignValue(n[t],t)}}return a},extend:(e,t,n,{allOwnKeys:a}={})=>(forEach(t,(t,a)=>{n&&h(t)?Object.defineProperty(e,a,{__proto__:null,value:bind(t,n),writable:!0,enumerable:!0,configurable:!0}):Object.defineProperty(e,a,{__proto__:null,value:t,writable:!0,enumerable:!0,configurable:!0})},{allOwnKeys:a}),e),trim:e=>e.trim?e.trim():e.replace(/^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g,""),stripBOM:e=>(65279===e.charCodeAt(0)&&(e=e.slice(1)),e),inherits:(e,t,n,a)=>{e.prototype=Object.create(t.prototype,a),Object.defineProperty(e.prototype,"constructor",{__proto__:null,value:e,writable:!0,enumerable:!1,configurable:!0}),Object.defineProperty(e,"super",{__proto__:null,value:t.prototype}),n&&Object.assign(e.prototype,n)},toFlatObject:(e,t,n,a)=>{let o,r,s;const c={};if(t=t||{},null==e)return t;do{for(o=Object.getOwnPropertyNames(e),r=o.length;r-- >0;)s=o[r],a&&!a(s,e,t)||c[s]||(t[s]=e[s],c[s]=!0);e=!1!==n&&i(e)}while(e&&(!n||n(e,t))&&e!==Object.prototype);return t},kindOf:p,kindOfTest:kindOfTest,endsWith:(e,t,n)=>{e=String(e),(void 0===n||n>e.length)&&(n=e.length),n-=t.length;const a=e.indexOf(t,n);return-1!==a&&a===n},toArray:e=>{if(!e)return null;if(l(e))return e;let t=e.length;if(!Number.isSafeInteger(t)||t<0||t>4294967295)return null;const n=new Set,a=new Set;let o=e;for(;null!=o&&n.size<t;){if(a.has(o))return null;a.add(o);const r=i(o);if(isPrototypeBoundary(o,r,o===e))break;Object.getOwnPropertyNames(o).forEach(e=>{const a=+e;Number.isInteger(a)&&a>=0&&a<t&&String(a)===e&&c(o,e)&&n.add(a)}),o=r}if(n.size!==t)return null;const r=new Array(t);for(;t-- >0;)r[t]=e[t];return r},forEachEntry:(e,t)=>{const n=(e&&e[r]).call(e);let a;for(;(a=n.next())&&!a.done;){const n=a.value;t.call(e,n[0],n[1])}},matchAll:(e,t)=>{let n;const a=[];for(;null!==(n=e.exec(t));)a.push(n);return a},isHTMLForm:C,hasOwnProperty:c,hasOwnProp:c,hasOwnInPrototypeChain:hasOwnInPrototypeChain,getSafeProp:(e,t)=>null!=e&&hasOwnInPrototypeChain(e,t)?e[t]:void 0,toSafeFlatObject:e=>{if(null==e||"object"!=typeof e&&"function"!=typeof e)return e;const t=i(e);if(null===t&&(e=>{if(!Object.isExtensible(e))return!1;const t=Object.getOwnPropertyNames(e);return Object.getOwnPropertySymbols&&t.push(...Object.getOwnPropertySymbols(e)),t.every(t=>{if(isUnsafeObjectKey(t))return!1;const n=Object.getOwnPropertyDescriptor(e,t);return!!n&&n.configurable&&!0===n.writable})})(e))return e;const n=Object.create(null),a=Object.create(null),o=[];let r=e;for(;null!=r&&-1===o.indexOf(r);){o.push(r);const s=r===e?t:i(r);if(isPrototypeBoundary(r,s,r===e))break;const p=Object.getOwnPropertyNames(r);Object.getOwnPropertySymbols&&p.push(...Object.getOwnPropertySymbols(r));for(const t of p)isUnsafeObjectKey(t)||c(a,t)||(n[t]=e[t],a[t]=!0);r=s}return n},reduceDescriptors:reduceDescriptors,freezeMethods:e=>{reduceDescriptors(e,(t,n)=>{if(h(e)&&["arguments","caller","callee"].includes(n))return!1;const a=e[n];h(a)&&(t.enumerable=!1,"writable"in t?t.writable=!1:t.set||(t.set=()=>{throw Error("Can not rewrite read-only method '"+n+"'")}))})},toObjectSet:(e,t)=>{const n={},define=e=>{e.forEach(e=>{n[e]=!0})};return l(e)?define(e):define(String(e).split(t)),n},toCamelCase:e=>e.toLowerCase().replace(/[-_\s]([a-z\d])(\w*)/g,function(e,t,n){return t.toUpperCase()+n}),noop:()=>{},toFiniteNumber:(e,t)=>null!=e&&Number.isFinite(e=+e)?e:t,findKey:function(e,t){if(isBuffer(e))return null;t=t.toLowerCase();const n=Object.keys(e);let a,o=n.length;for(;o-- >0;)if(a=n[o],t===a.toLowerCase())return a;return null},global:z,isContextDefined:isContextDefined,isSpecCompliantForm:function(e){return!!(e&&h(e.append)&&"FormData"===e[s]&&e[r])},toJSONObject:e=>{const t=new WeakSet,visit=e=>{if(isObject(e)){if(t.has(e))return;if(isBuffer(e))return e;if(!("toJSON"in e)){let n;if(t.add(e),w(e)){n=[];for(const t of e){const e=visit(t);!d(e)&&n.push(e)}}else n=l(e)?[]:{},forEach(e,(e,t)=>{const a=visit(e);!d(a)&&(n[t]=a)});return t.delete(e),n}}return e};return visit(e)},isAsyncFn:I,isThenable:e=>e&&(isObject(e)||h(e))&&h(e.then)&&h(e.catch),setImmediate:D,asap:q,isIterable:isIterable,isSafeIterable:e=>null!=e&&hasOwnInPrototypeChain(e,r)&&isIterable(e)},Z=M.toObjectSet(["age","authorization","content-length","content-type","etag","expires","from","host","if-modified-since","if-unmodified-since","last-modified","location","max-forwards","proxy-authorization","referer","retry-after","user-agent"]);const H=new RegExp("[\\u0000-\\u0008\\u000a-\\u001f\\u007f]+","g"),V=new RegExp("[^\\u0009\\u0020-\\u007e\\u0080-\\u00ff]+","g");function sanitizeValue(e,t){return M.isArray(e)?e.map(e=>sanitizeValue(e,t)):function(e){let t=0,n=e.length;for(;t<n;){const n=e.charCodeAt(t);if(9!==n&&32!==n)break;t+=1}for(;n>t;){const t=e.charCodeAt(n-1);if(9!==t&&32!==t)break;n-=1}return 0===t&&n===e.length?e:e.slice(t,n)}(String(e).replace(t,""))}function toByteStringHeaderObject(e){const t=Object.create(null);return M.forEach(e.toJSON(),(e,n)=>{t[n]=(e=>sanitizeValue(e,V))(e)}),t}const J=Symbol("internals");function normalizeHeader(e){return e&&String(e).trim().toLowerCase()}function normalizeValue(e){return!1===e||null==e?e:M.isArray(e)?e.map(normalizeValue):(e=>sanitizeValue(e,H))(String(e))}const W=/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;function trimOWS(e){let t=0,n=e.length;for(;t<n;){const n=e.charCodeAt(t);if(9!==n&&32!==n)break;t+=1}for(;n>t;){const t=e.charCodeAt(n-1);if(9!==t&&32!==t)break;n-=1}return 0===t&&n===e.length?e:e.slice(t,n)}const headerSlot=e=>"__proto__"===e?"__Proto__":e;function matchHeaderValue(e,t,n,a,o){return M.isFunction(a)?a.call(e,t,n):(o&&(t=n),M.isString(t)?M.isString(a)?-1!==t.indexOf(a):M.isRegExp(a)?a.test(t):void 0:void 0)}class AxiosHeaders{constructor(e){e&&this.set(e)}set(e,t,n){const a=this;function setHeader(e,t,n){const o=normalizeHeader(t);if(!o)return;const i=M.findKey(a,o);(!i||void 0===a[i]||!0===n||void 0===n&&!1!==a[i])&&(a[headerSlot(i||t)]=normalizeValue(e))}const setHeaders=(e,t)=>M.forEach(e,(e,n)=>setHeader(e,n,t));if(M.isPlainObject(e)||e instanceof this.constructor)setHeaders(e,t);else if(M.isString(e)&&(e=e.trim())&&!/^[-_a-zA-Z0-9^`|~,!#$%&'*+.]+$/.test(e.trim()))setHeaders((e=>{const t=Object.create(null);let n,a,o;return e&&e.split("\n").forEach(function(e){o=e.indexOf(":"),n=e.substring(0,o).trim().toLowerCase(),a=e.substring(o+1).trim();const i=M.hasOwnProp(t,n);!n||i&&M.hasOwnProp(Z,n)||("set-cookie"===n?i?t[n].push(a):t[n]=[a]:t[n]=i?t[n]+", "+a:a)}),t})(e),t);else if(M.isObject(e)&&M.isSafeIterable(e)){let n,a,o=Object.create(null);for(const t of e){if(!M.isArray(t))throw new TypeError("Object iterator must return a key-value pair");a=t[0],M.hasOwnProp(o,a)?(n=o[a],o[a]=M.isArray(n)?[...n,t[1]]:[n,t[1]]):o[a]=t[1]}setHeaders(o,t)}else null!=e&&setHeader(t,e,n);return this}get(e,t){if(e=normalizeHeader(e)){const n=M.findKey(this,e);if(n){const e=this[n];if(!t)return e;if(!0===t)return function(e){const t=Object.create(null),n=/([^\s,;=]+)\s*(?:=\s*([^,;]+))?/g;let a;for(;a=n.exec(e);)t[a[1]]=a[2];return t}(e);if(M.isFunction(t))return t.call(this,e,n);if(M.isRegExp(t))return t.exec(e);throw new TypeError("parser must be boolean|regexp|function")}}}has(e,t){if(e=normalizeHeader(e)){const n=M.findKey(this,e);return!(!n||void 0===this[n]||t&&!matchHeaderValue(this,this[n],n,t))}return!1}delete(e,t){const n=this;let a=!1;function deleteHeader(e){if(e=normalizeHeader(e)){const o=M.findKey(n,e);!o||t&&!matchHeaderValue(n,n[o],o,t)||(delete n[o],a=!0)}}return M.isArray(e)?e.forEach(deleteHeader):deleteHeader(e),a}clear(e){const t=Object.keys(this);let n=t.length,a=!1;for(;n--;){const o=t[n];e&&!matchHeaderValue(this,this[o],o,e,!0)||(delete this[o],a=!0)}return a}normalize(e){const t=this,n=Object.create(null);return M.forEach(this,(a,o)=>{const i=M.findKey(n,o);if(i)return t[i]=normalizeValue(a),void delete t[o];const r=headerSlot(e?function(e){return e.trim().toLowerCase().replace(/([a-z\d])(\w*)/g,(e,t,n)=>t.toUpperCase()+n)}(o):String(o).trim());r!==o&&delete t[o],t[r]=normalizeValue(a),n[r]=!0}),this}concat(...e){return this.constructor.concat(this,...e)}toJSON(e){const t=Object.create(null);return M.forEach(this,(n,a)=>{null!=n&&!1!==n&&(t[a]=e&&M.isArray(n)?n.join(", "):n)}),t}[Symbol.iterator](){return Object.entries(this.toJSON())[Symbol.iterator]()}toString(){return Object.entries(this.toJSON()).map(([e,t])=>e+": "+t).join("\n")}getSetCookie(){const e=this.get("set-cookie");return M.isArray(e)?e:null==e||!1===e?[]:[e]}get[Symbol.toStringTag](){return"AxiosHeaders"}static from(e){return e instanceof this?e:new this(e)}static parseParameters(e){return function(e){const t=Object.create(null),n=String(e);let a=0,o=!1,i=!1;function parseParameter(e){const o=trimOWS(n.slice(a,e)),i=o.indexOf("=");if(i<1)return;const r=trimOWS(o.slice(0,i));if(!W.test(r))return;const s=r.toLowerCase();if("__proto__"===s||"constructor"===s||"prototype"===s)return;const c=trimOWS(o.slice(i+1));t[s]=function(e){const t=e.length-1;if(t<1||34!==e.charCodeAt(0)||34!==e.charCodeAt(t))return e;let n="";for(let a=1;a<t;a++){const o=e.charCodeAt(a);if(34===o)return e;if(92===o&&(a+=1,a>=t))return e;n+=e[a]}return n}(c)}for(let e=0;e<n.length;e++){const t=n.charCodeAt(e);o?i?i=!1:92===t?i=!0:34===t&&(o=!1):34===t?o=!0:44!==t&&59!==t||(parseParameter(e),a=e+1)}return parseParameter(n.length),t}(e)}static concat(e,...t){const n=new this(e);return t.forEach(e=>n.set(e)),n}static accessor(e){const t=(this[J]=this[J]={accessors:{}}).accessors,n=this.prototype;function defineAccessor(e){const a=normalizeHeader(e);t[a]||(!function(e,t){const n=M.toCamelCase(" "+t);["get","set","has"].forEach(a=>{Object.defineProperty(e,a+n,{__proto__:null,value:function(e,n,o){return this[a].call(this,t,e,n,o)},configurable:!0})})}(n,e),t[a]=!0)}return M.isArray(e)?e.forEach(defineAccessor):defineAccessor(e),this}}AxiosHeaders.accessor(["Content-Type","Content-Length","Accept","Accept-Encoding","User-Agent","Authorization"]),M.reduceDescriptors(AxiosHeaders.prototype,({value:e},t)=>{let n=t[0].toUpperCase()+t.slice(1);return{get:()=>e,set(e){this[n]=e}}}),M.freezeMethods(AxiosHeaders);const K=AxiosHeaders,G="[REDACTED ****]";function redactConfig(e,t){const n=new Set(t.map(e=>String(e).toLowerCase())),a=[],visit=e=>{if(null===e||"object"!=typeof e)return e;if(M.isBuffer(e))return e;if(-1!==a.indexOf(e))return;let t;if(e instanceof K&&(e=e.toJSON()),a.push(e),M.isArray(e))t=[],e.forEach((e,n)=>{const a=visit(e);M.isUndefined(a)||(t[n]=a)});else{if(!M.isPlainObject(e)&&function(e){if(M.hasOwnProp(e,"toJSON"))return!0;let t=Object.getPrototypeOf(e);for(;t&&t!==Object.prototype;){if(M.hasOwnProp(t,"toJSON"))return!0;t=Object.getPrototypeOf(t)}return!1}(e))return a.pop(),e;t=Object.create(null);for(const[a,o]of Object.entries(e)){const e=n.has(a.toLowerCase())?G:visit(o);M.isUndefined(e)||(t[a]=e)}}return a.pop(),t};return visit(e)}function stringifySafely(e){try{return String(e)}catch(e){return""}}const X=Symbol("causeStack");class AxiosError extends Error{static from(e,t,n,a,o,i){let r=e.message;!r&&M.isArray(e.errors)&&e.errors.length&&(r=function(e){return e.errors.map(e=>{try{return e&&e.message?stringifySafely(e.message):stringifySafely(e)}catch(e){return""}}).filter(Boolean).join("; ")||e.name||"AggregateError"}(e));const s=new AxiosError(r,t||e.code,n,a,o);return Object.defineProperty(s,"cause",{__proto__:null,value:e,writable:!0,enumerable:!1,configurable:!0}),s.name=e.name,function(e,t){try{const n=t&&t.stack;if("string"!=typeof n||!n)return;const a=e.stack;if("string"!=typeof a||!a)return;const o="\nCaused by: "+n;e.stack=a+o,Object.defineProperty(e,X,{__proto__:null,value:o})}catch(e){}}(s,e),null!=e.status&&null==s.status&&(s.status=e.status),i&&Object.assign(s,i),s}constructor(e,t,n,a,o){super(e),Object.defineProperty(this,"message",{__proto__:null,value:e,enumerable:!0,writable:!0,configurable:!0}),this.name="AxiosError",this.isAxiosError=!0,t&&(this.code=t),n&&(this.config=n),a&&(this.request=a),o&&(this.response=o,this.status=o.status)}toJSON(){const e=this.config,t=e&&M.hasOwnProp(e,"redact")?e.redact:void 0,n=M.isArray(t)&&t.length>0?redactConfig(e,t):M.toJSONObject(e);return{message:this.message,name:this.name,description:this.description,number:this.number,fileName:this.fileName,lineNumber:this.lineNumber,columnNumber:this.columnNumber,stack:this.stack,config:n,code:this.code,status:this.status}}}AxiosError.ERR_BAD_OPTION_VALUE="ERR_BAD_OPTION_VALUE",AxiosError.ERR_BAD_OPTION="ERR_BAD_OPTION",AxiosError.ECONNABORTED="ECONNABORTED",AxiosError.ETIMEDOUT="ETIMEDOUT",AxiosError.ECONNREFUSED="ECONNREFUSED",AxiosError.ERR_NETWORK="ERR_NETWORK",AxiosError.ERR_FR_TOO_MANY_REDIRECTS="ERR_FR_TOO_MANY_REDIRECTS",AxiosError.ERR_DEPRECATED="ERR_DEPRECATED",AxiosError.ERR_BAD_RESPONSE="ERR_BAD_RESPONSE",AxiosError.ERR_BAD_REQUEST="ERR_BAD_REQUEST",AxiosError.ERR_CANCELED="ERR_CANCELED",AxiosError.ERR_NOT_SUPPORT="ERR_NOT_SUPPORT",AxiosError.ERR_INVALID_URL="ERR_INVALID_URL",AxiosError.ERR_FORM_DATA_DEPTH_EXCEEDED="ERR_FORM_DATA_DEPTH_EXCEEDED";const Y=AxiosError;const Q=n(96454),ee={isBufferAvailable:()=>"undefined"!=typeof Buffer,from:e=>Buffer.from(e)};function isVisitable(e){return M.isPlainObject(e)||M.isArray(e)}function removeBrackets(e){return M.endsWith(e,"[]")?e.slice(0,-2):e}function renderKey(e,t,n){return e?e.concat(t).map(function(e,t){return e=removeBrackets(e),!n&&t?"["+e+"]":e}).join(n?".":""):t}const te=M.toFlatObject(M,{},null,function(e){return/^is[A-Z]/.test(e)});const helpers_toFormData=function(e,t,n){if(!M.isObject(e))throw new TypeError("target must be an object");t=t||new(Q||FormData);const option=(e,t)=>{const a=M.getSafeProp(n,e);return M.isUndefined(a)?t:a},a=option("metaTokens",!0),o=option("visitor")||defaultVisitor,i=option("dots",!1),r=option("indexes",!1),s=option("Blob")||"undefined"!=typeof Blob&&Blob,c=option("maxDepth",100),p=s&&M.isSpecCompliantForm(t),u=[];if(!M.isFunction(o))throw new TypeError("visitor must be a function");function convertValue(e){if(null===e)return"";if(M.isDate(e))return e.toISOString();if(M.isBoolean(e))return e.toString();if(!p&&M.isBlob(e))throw new Y("Blob is not supported. Use a Buffer instead.");if(M.isArrayBuffer(e)||M.isTypedArray(e)){if(p&&"function"==typeof s)return new s([e]);if(ee&&ee.isBufferAvailable())return ee.from(e);throw new Y("Blob is not supported. Use a Buffer instead.",Y.ERR_NOT_SUPPORT)}return e}function throwIfMaxDepthExceeded(e){if(e>c)throw new Y("Object is too deeply nested ("+e+" levels). Max depth: "+c,Y.ERR_FORM_DATA_DEPTH_EXCEEDED)}function defaultVisitor(e,n,o){let s=e;if(M.isReactNative(t)&&M.isReactNativeBlob(e))return t.append(renderKey(o,n,i),convertValue(e)),!1;if(e&&!o&&"object"==typeof e)if(M.endsWith(n,"{}"))n=a?n:n.slice(0,-2),e=function(e,t){if(c===1/0)return JSON.stringify(e);const n=[];return JSON.stringify(e,function(e,a){if(!M.isObject(a))return a;for(;n.length&&n[n.length-1]!==this;)n.pop();return n.push(a),throwIfMaxDepthExceeded(t+n.length-1),a})}(e,1);else if(M.isArray(e)&&function(e){return M.isArray(e)&&!e.some(isVisitable)}(e)||(M.isFileList(e)||M.endsWith(n,"[]"))&&(s=M.toArray(e)))return n=removeBrackets(n),s.forEach(function(e,a){!M.isUndefined(e)&&null!==e&&t.append(!0===r?renderKey([n],a,i):null===r?n:n+"[]",convertValue(e))}),!1;return!!isVisitable(e)||(t.append(renderKey(o,n,i),convertValue(e)),!1)}const l=Object.assign(te,{defaultVisitor:defaultVisitor,convertValue:convertValue,isVisitable:isVisitable});if(!M.isObject(e))throw new TypeError("data must be an object");return function build(e,n,a=0){if(!M.isUndefined(e)){if(throwIfMaxDepthExceeded(a),-1!==u.indexOf(e))throw new Error("Circular reference detected in "+n.join("."));u.push(e),M.forEach(e,function(e,i){!0===(!(M.isUndefined(e)||null===e)&&o.call(t,e,M.isString(i)?i.trim():i,n,l))&&build(e,n?n.concat(i):[i],a+1)}),u.pop()}}(e),t};function encode(e){const t={"!":"%21","'":"%27","(":"%28",")":"%29","~":"%7E","%20":"+"};return encodeURIComponent(e).replace(/[!'()~]|%20/g,function(e){return t[e]})}function AxiosURLSearchParams(e,t){this._pairs=[],e&&helpers_toFormData(e,this,t)}const ne=AxiosURLSearchParams.prototype;ne.append=function(e,t){this._pairs.push([e,t])},ne.toString=function(e){const t=e?t=>e.call(this,t,encode):encode;return this._pairs.map(function(e){return t(e[0])+"="+t(e[1])},"").join("&")};const ae=AxiosURLSearchParams;function buildURL_encode(e){return encodeURIComponent(e).replace(/%3A/gi,":").replace(/%24/g,"$").replace(/%2C/gi,",").replace(/%20/g,"+")}function buildURL(e,t,n){if(!t)return e;e=e||"";const a=M.isFunction(n)?{serialize:n}:n,o=M.getSafeProp(a,"encode")||buildURL_encode,i=M.getSafeProp(a,"serialize");let r;if(r=i?i(t,a):M.isURLSearchParams(t)?t.toString():new ae(t,a).toString(o),r){const t=e.indexOf("#");-1!==t&&(e=e.slice(0,t)),e+=(-1===e.indexOf("?")?"?":"&")+r}return e}const oe=Symbol("internals");function countHandlers(e){return e?e.length:0}function trimHandlers(e){if(e)for(;e.length&&null===e[e.length-1];)e.pop()}function syncHandlerEntries(e,t){const n=e.handlers,a=countHandlers(n);n!==t.handlersRef?(t.handlersRef=n,t.handlerEntries.clear()):a!==t.handlersLength&&(a?t.handlerEntries.forEach(function(e,a){n[e.index]!==e.handler&&t.handlerEntries.delete(a)}):t.handlerEntries.clear()),t.handlersLength=a}const ie=class{constructor(){this.handlers=[],this[oe]={handlersRef:this.handlers,handlersLength:this.handlers.length,handlerEntries:new Map,iterationDepth:0,nextId:0}}use(e,t,n){const a={fulfilled:e,rejected:t,synchronous:!!n&&n.synchronous,runWhen:n?n.runWhen:null},o=this[oe];null==this.handlers&&(this.handlers=[]),syncHandlerEntries(this,o);const i=o.nextId++;return this.handlers.push(a),o.handlerEntries.set(i,{handler:a,index:this.handlers.length-1}),o.handlersLength=this.handlers.length,i}eject(e){const t=this[oe];syncHandlerEntries(this,t);const n=function(e){return"string"==typeof e&&""!==e&&String(Number(e))===e?Number(e):e}(e),a=t.handlerEntries.get(n);if(a){if(t.handlerEntries.delete(n),this.handlers[a.index]!==a.handler)return;this.handlers[a.index]=null,t.iterationDepth||(trimHandlers(this.handlers),t.handlersLength=this.handlers.length)}}clear(){this.handlers&&(this.handlers=[],syncHandlerEntries(this,this[oe]))}forEach(e){const t=this[oe];syncHandlerEntries(this,t),t.iterationDepth++;try{M.forEach(this.handlers,function(t){null!==t&&e(t)})}finally{--t.iterationDepth||(syncHandlerEntries(this,t),trimHandlers(this.handlers),t.handlersLength=countHandlers(this.handlers))}}},re={silentJSONParsing:!0,forcedJSONParsing:!0,clarifyTimeoutError:!1,legacyInterceptorReqResOrdering:!0,advertiseZstdAcceptEncoding:!1,validateStatusUndefinedResolves:!0,encodeBasicAuthUsername:!1};var se=n(76982),ce=n(87016);const pe=ce.URLSearchParams,ue="abcdefghijklmnopqrstuvwxyz",le="0123456789",de={DIGIT:le,ALPHA:ue,ALPHA_DIGIT:ue+ue.toUpperCase()+le},me={isNode:!0,classes:{URLSearchParams:pe,FormData:Q,Blob:"undefined"!=typeof Blob&&Blob||null},ALPHABET:de,generateString:(e=16,t=de.ALPHA_DIGIT)=>{let n="";const{length:a}=t,o=new Uint32Array(e);se.randomFillSync(o);for(let i=0;i<e;i++)n+=t[o[i]%a];return n},protocols:["http","https","file","data"]},fe="undefined"!=typeof window&&"undefined"!=typeof document,he="object"==typeof navigator&&navigator||void 0,xe=fe&&(!he||["ReactNative","NativeScript","NS"].indexOf(he.product)<0),ve="undefined"!=typeof WorkerGlobalScope&&self instanceof WorkerGlobalScope&&"function"==typeof self.importScripts,ge=fe&&window.location.href||"http://localhost",be={...a,...me};function throwIfDepthExceeded(e){if(e>100)throw new Y("FormData field is too deeply nested ("+e+" levels). Max depth: 100",Y.ERR_FORM_DATA_DEPTH_EXCEEDED)}function arrayToObject(e){const t={},n=Object.keys(e);let a;const o=n.length;let i;for(a=0;a<o;a++)i=n[a],t[i]=e[i];return t}function normalizeArray(e){if(!M.isArray(e))return e;const t=Object.keys(e);return t.length!==e.length||t.some((e,t)=>e!==String(t))?arrayToObject(e):e}const helpers_formDataToJSON=function(e){function buildPath(e,t,n,a){throwIfDepthExceeded(a);let o=e[a++];if("__proto__"===o)return!0;const i=Number.isFinite(+o),r=a>=e.length;if(o=!o&&M.isArray(n)?n.length:o,r)return M.hasOwnProp(n,o)?(n[o]=normalizeArray(n[o]),n[o]=M.isArray(n[o])?n[o].concat(t):[n[o],t]):n[o]=t,!i;M.hasOwnProp(n,o)&&M.isObject(n[o])||(n[o]=[]);return buildPath(e,t,n[o],a)&&M.isArray(n[o])&&(n[o]=arrayToObject(n[o])),!i}if(M.isFormData(e)&&M.isFunction(e.entries)){const t={};return M.forEachEntry(e,(e,n)=>{buildPath(function(e){const t=[],n=/[^.[\]]+|\[([^.[\]]*)]/g;let a;for(;null!==(a=n.exec(e));)throwIfDepthExceeded(t.length),t.push("[]"===a[0]?"":a[1]||a[0]);return t}(e),n,t,0)}),function(e){const t=[e];for(;t.length;){const e=t.pop();Object.keys(e).forEach(n=>{const a=e[n]=normalizeArray(e[n]);(M.isArray(a)||M.isPlainObject(a))&&t.push(a)})}return e}(t)}return null},ye=Object.freeze(["get","delete","head","options","post","put","patch","purge","link","unlink","query"]),own=(e,t)=>null!=e&&M.hasOwnProp(e,t)?e[t]:void 0;const we={transitional:re,adapter:["xhr","http","fetch"],transformRequest:[function(e,t){const n=t.getContentType()||"",a=n.indexOf("application/json")>-1,o=M.isObject(e);o&&M.isHTMLForm(e)&&(e=new FormData(e));if(M.isFormData(e))return a?JSON.stringify(helpers_formDataToJSON(e)):e;if(M.isArrayBuffer(e)||M.isBuffer(e)||M.isStream(e)||M.isFile(e)||M.isBlob(e)||M.isReadableStream(e))return e;if(M.isArrayBufferView(e))return e.buffer;if(M.isURLSearchParams(e))return t.setContentType("application/x-www-form-urlencoded;charset=utf-8",!1),e.toString();let i;if(o){const t=own(this,"formSerializer");if(n.indexOf("application/x-www-form-urlencoded")>-1)return function(e,t){return helpers_toFormData(e,new be.classes.URLSearchParams,{visitor:function(e,t,n,a){return be.isNode&&M.isBuffer(e)?(this.append(t,e.toString("base64")),!1):a.defaultVisitor.apply(this,arguments)},...t})}(e,t).toString();if((i=M.isFileList(e))||n.indexOf("multipart/form-data")>-1){const n=own(this,"env"),a=n&&n.FormData;return helpers_toFormData(i?{"files[]":e}:e,a&&new a,t)}}return o||a?(t.setContentType("application/json",!1),function(e,t,n){if(M.isString(e))try{return(t||JSON.parse)(e),M.trim(e)}catch(e){if("SyntaxError"!==e.name)throw e}return(n||JSON.stringify)(e)}(e)):e}],transformResponse:[function(e){const t=own(this,"transitional")||we.transitional,n=t&&t.forcedJSONParsing,a=own(this,"responseType"),o="json"===a;if(M.isResponse(e)||M.isReadableStream(e))return e;if(e&&M.isString(e)&&(n&&!a||o)){const n=!(t&&t.silentJSONParsing)&&o;try{return JSON.parse(e,own(this,"parseReviver"))}catch(e){if(n){if("SyntaxError"===e.name)throw Y.from(e,Y.ERR_BAD_RESPONSE,this,null,own(this,"response"));throw e}}}return e}],timeout:0,xsrfCookieName:"XSRF-TOKEN",xsrfHeaderName:"X-XSRF-TOKEN",maxContentLength:-1,maxBodyLength:-1,env:{FormData:be.classes.FormData,Blob:be.classes.Blob},validateStatus:function(e){return e>=200&&e<300},headers:{common:{Accept:"application/json, text/plain, */*","Content-Type":void 0}}};M.forEach(ye,e=>{we.headers[e]={}});const _e=we;function transformData(e,t){const n=this||_e,a=t||n,o=K.from(a.headers);let i=a.data;return M.forEach(e,function(e){i=e.call(n,i,o.normalize(),t?t.status:void 0)}),o.normalize(),i}function isCancel(e){return!(!e||!e.__CANCEL__)}const ke=class extends Y{constructor(e,t,n){super(null==e?"canceled":e,Y.ERR_CANCELED,t,n),this.name="CanceledError",this.__CANCEL__=!0}};function settle(e,t,n){const a=n.config.validateStatus;n.status&&a&&!a(n.status)?t(new Y("Request failed with status code "+n.status,n.status>=400&&n.status<500?Y.ERR_BAD_REQUEST:Y.ERR_BAD_RESPONSE,n.config,n.request,n)):e(n)}const Ee=/[\t\n\r]/g;function normalizeURLForProtocolCheck(e){if("string"!=typeof e)return e;let t=0;for(;t<e.length&&e.charCodeAt(t)<=32;)t++;return e.slice(t).replace(Ee,"")}const Oe=/^https?:(?!\/\/)/i;function redactSensitiveURLParts(e){const t=e.replace(/^(https?:\/{0,2})[^/?#]*@/i,`$1${G}@`),n=t.indexOf("#"),a=(-1===n?t:t.slice(0,n)).replace(/([?&][^=&#]*=)[^&#]*/g,`$1${G}`);return-1===n?a:`${a}#${o=t.slice(n+1),o?o.replace(/(^|&)([^=&]*=)?[^&]+/g,(e,t,n="")=>`${t}${n}${G}`):o}`;var o}function assertValidHttpProtocolURL(e,t){if("string"==typeof e){const n=normalizeURLForProtocolCheck(e);if(Oe.test(n))throw new Y(`Invalid URL ${JSON.stringify(redactSensitiveURLParts(n))}: missing "//" after protocol`,Y.ERR_INVALID_URL,t)}}function buildFullPath(e,t,n,a){assertValidHttpProtocolURL(t,a);let o=!("string"==typeof(i=t)&&/^([a-z][a-z\d+\-.]*:)?\/\//i.test(i));var i;return e&&(o||!1===n)?(assertValidHttpProtocolURL(e,a),function(e,t){if(!t)return e;let n=e.length;for(;n>0&&47===e.charCodeAt(n-1);)n--;return e.slice(0,n)+"/"+t.replace(/^\/+/,"")}(e,t)):t}var Se={ftp:21,gopher:70,http:80,https:443,ws:80,wss:443};function getProxyForUrl(e){var t=("string"==typeof e?function(e){try{return new URL(e)}catch{return null}}(e):e)||{},n=t.protocol,a=t.host,o=t.port;if("string"!=typeof a||!a||"string"!=typeof n)return"";if(n=n.split(":",1)[0],!function(e,t){var n=getEnv("no_proxy").toLowerCase();if(!n)return!0;if("*"===n)return!1;return n.split(/[,\s]/).every(function(n){if(!n)return!0;var a=n.match(/^(.+):(\d+)$/),o=a?a[1]:n,i=a?parseInt(a[2]):0;return!(!i||i===t)||(/^[.*]/.test(o)?("*"===o.charAt(0)&&(o=o.slice(1)),!e.endsWith(o)):e!==o)})}(a=a.replace(/:\d*$/,""),o=parseInt(o)||Se[n]||0))return"";var i=getEnv(n+"_proxy")||getEnv("all_proxy");return i&&-1===i.indexOf("://")&&(i=n+"://"+i),i}function getEnv(e){return process.env[e.toLowerCase()]||process.env[e.toUpperCase()]||""}var Re=n(3669),je=n(58611),Ae=n(65692),ze=n(85675),Pe=n(39023),Te=n(16928),Ce=n(1573),Ne=n(43106);const $e="1.21.1";function parseProtocol(e){const t=/^([-+\w]{1,25}):(?:\/\/)?/.exec(e);return t&&t[1].toLowerCase()||""}const Ie=/^([^,;/]+\/[^,;/]+)?((?:;[^,;=]+=[^,;]+)*)(;base64)?,([\s\S]*)$/i;var De=n(2203);const Ue=["content-type","content-length"];function setFormDataHeaders(e,t,n){"content-only"===n?Object.entries(t||{}).forEach(([t,n])=>{Ue.includes(t.toLowerCase())&&e.set(t,n)}):e.set(t)}const Le=Symbol("internals");class AxiosTransformStream extends De.Transform{constructor(e){super({readableHighWaterMark:(e=M.toFlatObject(e,{maxRate:0,chunkSize:65536,minChunkSize:100,timeWindow:500,ticksRate:2,samplesCount:15},null,(e,t)=>!M.isUndefined(t[e]))).chunkSize});const t=this[Le]={timeWindow:e.timeWindow,chunkSize:e.chunkSize,maxRate:e.maxRate,minChunkSize:e.minChunkSize,bytesSeen:0,isCaptured:!1,notifiedBytesLoaded:0,ts:Date.now(),bytes:0,onReadCallback:null};this.on("newListener",e=>{"progress"===e&&(t.isCaptured||(t.isCaptured=!0))})}_read(e){const t=this[Le];return t.onReadCallback&&t.onReadCallback(),super._read(e)}_transform(e,t,n){const a=this[Le],o=a.maxRate,i=this.readableHighWaterMark,r=a.timeWindow,s=o/(1e3/r);let c=!1!==a.minChunkSize?Math.max(a.minChunkSize,.01*s):0;o&&(c=Math.min(s,c));const pushChunk=(e,t)=>{const n=Buffer.byteLength(e);a.bytesSeen+=n,a.bytes+=n,a.isCaptured&&this.emit("progress",a.bytesSeen),this.push(e)?process.nextTick(t):a.onReadCallback=()=>{a.onReadCallback=null,process.nextTick(t)}},transformChunk=(e,t)=>{if(this.destroyed)return t();const n=Buffer.byteLength(e);let p,u=null,l=i,d=0;if(o){const e=Date.now();(!a.ts||(d=e-a.ts)>=r)&&(a.ts=e,p=s-a.bytes,a.bytes=p<0?-p:0,d=0),p=s-a.bytes}if(o){if(p<=0)return setTimeout(()=>{t(null,e)},r-d);p<l&&(l=Math.max(1,Math.floor(p)))}l&&n>l&&n-l>c&&(u=e.subarray(l),e=e.subarray(0,l)),pushChunk(e,u?()=>{process.nextTick(t,null,u)}:t)};transformChunk(e,function transformNextChunk(e,t){if(e)return n(e);t?transformChunk(t,transformNextChunk):n(null)})}}const Fe=AxiosTransformStream;var Be=n(24434);const{asyncIterator:qe}=Symbol,helpers_readBlob=async function*(e){e.stream?yield*e.stream():e.arrayBuffer?yield await e.arrayBuffer():e[qe]?yield*e[qe]():yield e},Me=be.ALPHABET.ALPHA_DIGIT+"-_",Ze="function"==typeof TextEncoder?new TextEncoder:new Pe.TextEncoder,He="\r\n",Ve=Ze.encode(He);class FormDataPart{constructor(e,t){const{escapeName:n}=this.constructor,a=M.isString(t);let o=`Content-Disposition: form-data; name="${n(e)}"${!a&&t.name?`; filename="${n(t.name)}"`:""}${He}`;if(a)t=Ze.encode(String(t).replace(/\r?\n|\r\n?/g,He));else{o+=`Content-Type: ${String(t.type||"application/octet-stream").replace(/[\r\n]/g,"")}${He}`}this.headers=Ze.encode(o+He),this.contentLength=a?t.byteLength:t.size,this.size=this.headers.byteLength+this.contentLength+2,this.name=e,this.value=t}async*encode(){yield this.headers;const{value:e}=this;M.isTypedArray(e)?yield e:yield*helpers_readBlob(e),yield Ve}static escapeName(e){return String(e).replace(/[\r\n"]/g,e=>({"\r":"%0D","\n":"%0A",'"':"%22"}[e]))}}const helpers_formDataToStream=(e,t,n)=>{const{tag:a="form-data-boundary",size:o=25,boundary:i=a+"-"+be.generateString(o,Me)}=n||{};if(!M.isFormData(e))throw new TypeError("FormData instance required");if(i.length<1||i.length>70)throw new Error("boundary must be 1-70 characters long");const r=Ze.encode("--"+i+He),s=Ze.encode("--"+i+"--"+He);let c=s.byteLength;const p=Array.from(e.entries()).map(([e,t])=>{const n=new FormDataPart(e,t);return c+=n.size,n});c+=r.byteLength*p.length,c=M.toFiniteNumber(c);const u={"Content-Type":`multipart/form-data; boundary=${i}`};return Number.isFinite(c)&&(u["Content-Length"]=c),t&&t(u),De.Readable.from(async function*(){for(const e of p)yield r,yield*e.encode();yield s}())};class ZlibHeaderTransformStream extends De.Transform{__transform(e,t,n){this.push(e),n()}_transform(e,t,n){if(0!==e.length&&(this._transform=this.__transform,120!==e[0])){const e=Buffer.alloc(2);e[0]=120,e[1]=156,this.push(e,t)}this.__transform(e,t,n)}}const Je=ZlibHeaderTransformStream;const We=class{constructor(){this.sessions=Object.create(null)}getSession(e,t){t=Object.assign(Object.create(null),{sessionTimeout:1e3},t);let n=this.sessions[e];if(n){let e=n.length;for(let a=0;a<e;a++){const[e,o]=n[a];if(!e.destroyed&&!e.closed&&Pe.isDeepStrictEqual(o,t))return e}}const a=ze.connect(e,t);let o,i;const removeSession=()=>{if(o)return;o=!0,i&&(clearTimeout(i),i=null);let t=n,r=t.length,s=r;for(;s--;)if(t[s][0]===a)return 1===r?delete this.sessions[e]:t.splice(s,1),void(a.closed||a.close())},r=a.request,{sessionTimeout:s}=t;if(null!=s){let e=0;a.request=function(){const t=r.apply(this,arguments);return e++,i&&(clearTimeout(i),i=null),t.once("close",()=>{--e||o||(i=setTimeout(()=>{i=null,removeSession()},s))}),t}}a.once("close",removeSession),a.once("error",removeSession),a.once("goaway",removeSession);let c=[a,t];return n?n.push(c):n=this.sessions[e]=[c],a}},helpers_callbackify=(e,t)=>M.isAsyncFn(e)?function(...n){const a=n.pop();e.apply(this,n).then(e=>{try{t?a(null,...t(e)):a(null,e)}catch(e){a(e)}},a)}:e,Ke=new Set(["localhost","0.0.0.0"]),trimTrailingDots=e=>{let t=e.length;for(;t&&46===e.charCodeAt(t-1);)t--;return t===e.length?e:e.slice(0,t)},isIPv4Loopback=e=>{const t=e.split(".");return 4===t.length&&("127"===t[0]&&t.every(e=>/^\d+$/.test(e)&&Number(e)>=0&&Number(e)<=255))},parseIPv4Octet=e=>{if(/^0[xX][0-9a-fA-F]+$/.test(e)){const t=parseInt(e.slice(2),16);return Number.isFinite(t)?t:null}if(e.length>1&&/^0[0-7]+$/.test(e)){const t=parseInt(e,8);return Number.isFinite(t)?t:null}if(e.length>1&&/^0[0-9]+$/.test(e))return null;if(/^[0-9]+$/.test(e)){const t=parseInt(e,10);return Number.isFinite(t)?t:null}return null},normalizeIPAddress=e=>{if("string"!=typeof e||!e||-1!==e.indexOf(":"))return e;let t=e;if("["===t.charAt(0)&&"]"===t.charAt(t.length-1)&&(t=t.slice(1,-1)),t=trimTrailingDots(t),!/^[0-9.xXa-fA-F]+$/.test(t))return e;const n=t.split(".");if(n.some(e=>""===e))return e;if(4===n.length){const t=n.map(parseIPv4Octet);return t.some(e=>null===e||e<0||e>255)?e:t.join(".")}if(n.length>4)return e;if(1===n.length)return e;const a=n.slice(0,-1),o=n[n.length-1],i=4-a.length,r=parseIPv4Octet(o);if(null===r)return e;if(r<0||r>(1<<8*i)-1)return e;const s=new Array(i).fill(0);for(let e=i-1,t=r;e>=0;e--,t>>=8)s[e]=255&t;const c=a.map(parseIPv4Octet);return c.some(e=>null===e||e<0||e>255)?e:[...c,...s].join(".")},isIPv6ZeroGroup=e=>/^0{1,4}$/.test(e),isLoopback=e=>!!e&&(!!Ke.has(e)||(!!isIPv4Loopback(e)||(!!(e=>{if("::"===e)return!0;const t=e.indexOf("::");if(-1!==t){if(t!==e.lastIndexOf("::"))return!1;const n=e.slice(0,t),a=e.slice(t+2),o=n?n.split(":"):[],i=a?a.split(":"):[];return o.length+i.length<8&&o.every(isIPv6ZeroGroup)&&i.every(isIPv6ZeroGroup)}const n=e.split(":");return 8===n.length&&n.every(isIPv6ZeroGroup)})(e)||(e=>{if("::1"===e)return!0;const t=e.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);if(t)return isIPv4Loopback(t[1]);const n=e.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i);if(n){const e=parseInt(n[1],16);return e>=32512&&e<=32767}const a=e.split(":");if(8===a.length){for(let e=0;e<7;e++)if(!/^0+$/.test(a[e]))return!1;return/^0*1$/.test(a[7])}return!1})(e)))),Ge={http:80,https:443,ws:80,wss:443,ftp:21},Xe=/^(?:::|(?:0{1,4}:){1,4}:|(?:0{1,4}:){5})ffff:(\d+\.\d+\.\d+\.\d+)$/i,Ye=/^(?:::|(?:0{1,4}:){1,4}:|(?:0{1,4}:){5})ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i,unmapIPv4MappedIPv6=e=>{if("string"!=typeof e||-1===e.indexOf(":"))return e;const t=e.match(Xe);if(t)return t[1];const n=e.match(Ye);if(n){const e=parseInt(n[1],16),t=parseInt(n[2],16);return`${e>>8}.${255&e}.${t>>8}.${255&t}`}return e},Qe=/^(?:0|[1-9]\d{0,2})$/,ipv4ToBytes=e=>{const t=e.split(".");return 4===t.length&&t.every(e=>Qe.test(e)&&Number(e)<=255)?t.map(Number):null},et=/^[0-9a-f]{1,4}$/i,ipToBytes=e=>"string"==typeof e&&e?-1!==e.indexOf(":")?(e=>{const t=e.split("::");if(t.length>2)return null;const n=t[0]?t[0].split(":"):[];if(2===t.length){const e=t[1]?t[1].split(":"):[],a=8-n.length-e.length;if(a<1)return null;n.push(...new Array(a).fill("0"),...e)}return 8!==n.length||n.some(e=>!et.test(e))?null:n.flatMap(e=>{const t=Number.parseInt(e,16);return[t>>8&255,255&t]})})(e):ipv4ToBytes(e):null,normalizeNoProxyHost=e=>{if(!e)return e;"["===e.charAt(0)&&"]"===e.charAt(e.length-1)&&(e=e.slice(1,-1));let t=trimTrailingDots(e);if(-1!==t.indexOf(":"))try{t=new URL("http://["+t+"]/").hostname.slice(1,-1)}catch(e){return t}else if(/[\u0080-\uffff]/.test(t)){const e=/^[*.]+/.exec(t),n=e?e[0]:"",a=(0,ce.domainToASCII)(t.slice(n.length));if(!a)return"";t=n+trimTrailingDots(a)}const n=normalizeIPAddress(t);return n!==t?n:unmapIPv4MappedIPv6(t)},tt=/^(.+)\/(0|[1-9]\d{0,2})$/,parseCidrEntry=e=>{if(-1===e.indexOf("/"))return;const t=tt.exec(e);if(!t)return null;let n=Number(t[2]);const a=(e=>{let t=e;const n="["===t.charAt(0),a="]"===t.charAt(t.length-1),o=t.includes("[")||t.includes("]");if(n||a){if(!n||!a)return null;if(t=t.slice(1,-1),-1===t.indexOf(":")||t.includes("[")||t.includes("]"))return null}else if(o)return null;if(!t||"."===t.charAt(t.length-1))return null;const i=-1!==t.indexOf(":");if(i)try{t=new URL(`http://[${t}]/`).hostname.slice(1,-1)}catch(e){return null}else if(t=normalizeIPAddress(t),!ipv4ToBytes(t))return null;return{normalized:unmapIPv4MappedIPv6(t),wasIPv6:i}})(t[1]);if(!a)return null;const{normalized:o,wasIPv6:i}=a;if(i&&-1===o.indexOf(":")){if(n<96)return null;n-=96}const r=ipToBytes(o);return!r||n>8*r.length?null:{bytes:r,prefix:n}};function shouldBypassProxy(e){let t;try{t=new URL(e)}catch(e){return!1}const n=(process.env.no_proxy||process.env.NO_PROXY||"").toLowerCase();if(!n)return!1;if("*"===n)return!0;const a=Number.parseInt(t.port,10)||Ge[t.protocol.split(":",1)[0]]||0,o=normalizeNoProxyHost(t.hostname.toLowerCase()),i=ipToBytes(o);return n.split(/[\s,]+/).some(e=>{if(!e)return!1;if("*"===e)return!0;const t=parseCidrEntry(e);if(void 0!==t)return null!==t&&!!i&&i.length===t.bytes.length&&((e,t,n)=>{const a=n>>3;for(let n=0;n<a;n++)if(e[n]!==t[n])return!1;const o=7&n;if(o){const n=255<<8-o&255;if((e[a]&n)!==(t[a]&n))return!1}return!0})(i,t.bytes,t.prefix);let[n,r]=(e=>{let t=e,n=0;if("["===t.charAt(0)){const e=t.indexOf("]");if(-1!==e){const a=t.slice(1,e),o=t.slice(e+1);return":"===o.charAt(0)&&/^\d+$/.test(o.slice(1))&&(n=Number.parseInt(o.slice(1),10)),[a,n]}}const a=t.indexOf(":"),o=t.lastIndexOf(":");return-1!==a&&a===o&&/^\d+$/.test(t.slice(o+1))&&(n=Number.parseInt(t.slice(o+1),10),t=t.slice(0,o)),[t,n]})(e);return n=normalizeNoProxyHost(n),!!n&&((!r||r===a)&&("*"===n.charAt(0)&&(n=n.slice(1)),"."===n.charAt(0)?o.endsWith(n):o===n||isLoopback(o)&&isLoopback(n)))})}const helpers_speedometer=function(e,t){e=e||10;const n=new Array(e),a=new Array(e);let o,i=0,r=0;return t=void 0!==t?t:1e3,function(s){const c=Date.now(),p=a[r];o||(o=c),n[i]=s,a[i]=c;let u=r,l=0;for(;u!==i;)l+=n[u++],u%=e;if(i=(i+1)%e,i===r&&(r=(r+1)%e),c-o<t)return;const d=p&&c-p;return d?Math.round(1e3*l/d):void 0}};const helpers_throttle=function(e,t){let n,a,o=0,i=1e3/t;const invoke=(t,i=Date.now())=>{o=i,n=null,a&&(clearTimeout(a),a=null),e(...t)};return[(...e)=>{const t=Date.now(),r=t-o;r>=i?invoke(e,t):(n=e,a||(a=setTimeout(()=>{a=null,invoke(n)},i-r)))},()=>n&&invoke(n),(...e)=>invoke(e)]},progressEventReducer=(e,t,n=3)=>{let a=0;const o=helpers_speedometer(50,250);return helpers_throttle(n=>{if(!n||!M.isNumber(n.loaded))return;const i=n.loaded,r=n.lengthComputable?n.total:void 0,s=Math.max(0,null!=r?Math.min(i,r):i),c=Math.max(0,s-a),p=o(c);a=Math.max(a,s);e({loaded:s,total:r,progress:r?s/r:void 0,bytes:c,rate:p||void 0,estimated:p&&r?(r-s)/p:void 0,event:n,lengthComputable:null!=r,[t?"download":"upload"]:!0})},n)},progressEventDecorator=(e,t)=>{const n=null!=e;return[a=>t[0]({lengthComputable:n,total:e,loaded:a}),t[1]]},asyncDecorator=(e,t=M.asap)=>(...n)=>t(()=>e(...n)),isHexDigit=e=>e>=48&&e<=57||e>=65&&e<=70||e>=97&&e<=102,isPercentEncodedByte=(e,t,n)=>t+2<n&&isHexDigit(e.charCodeAt(t+1))&&isHexDigit(e.charCodeAt(t+2)),hexValue=e=>e<=57?e-48:(223&e)-55,isBase64Char=e=>e>=65&&e<=90||e>=97&&e<=122||e>=48&&e<=57||43===e||47===e||45===e||95===e,isBase64Whitespace=e=>9===e||10===e||12===e||13===e||32===e,estimateBase64BufferAllocation=e=>{const t=e.length;let n=0;return t>0&&61===e.charCodeAt(t-1)&&(n++,t>1&&61===e.charCodeAt(t-2)&&n++),Math.floor(3*(t-n)/4)},estimatePercentDecodedBase64BufferAllocation=e=>{if(-1===e.indexOf("%"))return estimateBase64BufferAllocation(e);let t=0,n=0,a=0;for(let o=0,i=e.length;o<i;o++){let r=e.charCodeAt(o);37===r&&isPercentEncodedByte(e,o,i)&&(r=16*hexValue(e.charCodeAt(o+1))+hexValue(e.charCodeAt(o+2)),o+=2),t++,n=a,a=r}const o=61===a?61===n?2:1:0;return Math.floor(3*(t-o)/4)},estimatePercentDecodedBase64Bytes=e=>{const t=e.length;let n=0,a=0,o=!1;for(let i=0;i<t;i++){let r=e.charCodeAt(i);37===r&&isPercentEncodedByte(e,i,t)&&(r=16*hexValue(e.charCodeAt(i+1))+hexValue(e.charCodeAt(i+2)),i+=2),isBase64Whitespace(r)||(61!==r?!isBase64Char(r)||a>0?o=!0:n++:a++)}return o||a>2||a>0&&(n+a)%4!=0||n%4==1?estimateBase64BufferAllocation(e):(e=>{const t=e%4;return 3*Math.floor(e/4)+(2===t?1:3===t?2:0)})(n)},estimateDataURLBytes=(e,t,n)=>{if(!e||"string"!=typeof e)return 0;if(!/^data:/i.test(e))return 0;const a=e.indexOf(",");if(a<0)return 0;const o=e.slice(5,a),i=e.slice(a+1);if(n.test(o))return t(i);let r=0;for(let e=0,t=i.length;e<t;e++){const n=i.charCodeAt(e);if(37===n&&isPercentEncodedByte(i,e,t))r+=1,e+=2;else if(n<128)r+=1;else if(n<2048)r+=2;else if(n>=55296&&n<=56319&&e+1<t){const t=i.charCodeAt(e+1);t>=56320&&t<=57343?(r+=4,e++):r+=3}else r+=3}return r};const nt={flush:Ne.constants.Z_SYNC_FLUSH,finishFlush:Ne.constants.Z_SYNC_FLUSH},at={flush:Ne.constants.BROTLI_OPERATION_FLUSH,finishFlush:Ne.constants.BROTLI_OPERATION_FLUSH},ot={flush:Ne.constants.ZSTD_e_flush,finishFlush:Ne.constants.ZSTD_e_flush},it=M.isFunction(Ne.createBrotliDecompress),rt=M.isFunction(Ne.createZstdDecompress),st="gzip, compress, deflate"+(it?", br":""),ct=st+(rt?", zstd":""),pt="undefined"!=typeof process&&process.nextTick?process.nextTick.bind(process):M.asap,{http:ut,https:lt}=Ce,dt=/https:?/,mt=Symbol("axios.http.socketListener"),ft=Symbol("axios.http.currentReq");function handleSocketError(e){const t=this[ft];t&&!t.destroyed&&t.destroy(e)}const ht=Symbol("axios.http.installedTunnel"),xt=new Map,vt=new WeakMap,gt=new WeakMap,bt=["createConnection","getName"],yt=["addRequest","createSocket","removeSocket","keepSocketAlive","reuseSocket","_getSession","_cacheSession","_evictSession"],wt={22:21,24:5};function isNodeNativeEnvProxySupported(e=process.versions&&process.versions.node){if(!e)return!1;const[t,n]=e.split(".").map(e=>Number(e));return!(!Number.isInteger(t)||!Number.isInteger(n))&&(t>24||null!=wt[t]&&n>=wt[t])}function isNodeEnvProxyEnabled(e,t=process.versions&&process.versions.node){if(!isNodeNativeEnvProxySupported(t))return!1;const n=e&&e.options;return Boolean(n&&M.hasOwnProp(n,"proxyEnv")&&null!=n.proxyEnv)}function getDirectAgent(e,t){if(!process.allowedNodeEnvironmentFlags||!process.allowedNodeEnvironmentFlags.has("--use-env-proxy"))return e;const n=e||t.globalAgent,a=n&&n.options;if(!(n instanceof t.Agent&&n.protocol===t.globalAgent.protocol&&a&&M.hasOwnProp(a,"proxyEnv")&&"object"==typeof a.proxyEnv&&null!==a.proxyEnv))return e;for(const e of yt)if(M.isFunction(t.Agent.prototype[e])&&n[e]!==t.Agent.prototype[e])throw new Y("proxy: false cannot adapt an agent overriding "+e+"; use an agent constructed without proxyEnv",Y.ERR_BAD_OPTION_VALUE);let o=gt.get(n);if(!o){o=new t.Agent({...a,proxyEnv:void 0});const e=n.destroy;n.destroy=function(){try{return e.apply(this,arguments)}finally{o.destroy()}},gt.set(n,o)}for(const e of bt)o[e]=n[e]===t.Agent.prototype[e]?t.Agent.prototype[e]:bind(n[e],n);return o}function setDirectAgent(e,t,n){const a=dt.test(e.protocol),o=getDirectAgent(a?n:t,a?Ae:je);e.agent=o,e.agents&&(e.agents[a?"https":"http"]=o)}const _t=be.protocols.map(e=>e+":"),decodeURIComponentSafe=e=>{if(!M.isString(e))return e;try{return decodeURIComponent(e)}catch(t){return e}},flushOnFinish=(e,[t,n])=>(e.on("end",n).on("error",n),t),kt=new We;function dispatchBeforeRedirect(e,t,n){isSameOriginRedirect(e,n)||(stripMatchingHeaders(e.headers,new Set(["authorization","cookie"])),delete e.auth),e.beforeRedirects.proxy&&e.beforeRedirects.proxy(e),e.beforeRedirects.auth&&e.beforeRedirects.auth(e),e.beforeRedirects.sensitiveHeaders&&e.beforeRedirects.sensitiveHeaders(e,n),e.beforeRedirects.direct&&e.beforeRedirects.direct(e),e.beforeRedirects.config&&e.beforeRedirects.config(e,t,n)}function stripMatchingHeaders(e,t){e&&Object.keys(e).forEach(n=>{t.has(n.toLowerCase())&&delete e[n]})}function isSameOriginRedirect(e,t){if(!t)return!1;try{return new URL(t.url).origin===new URL(e.href).origin}catch(e){return!1}}function setProxy(e,t,n,a,o,i,r=!0){let s=t;const c=function(e,t,n){return dt.test(e.protocol)?n||Ae.globalAgent:t||je.globalAgent}(e,i,o);if(!s&&!1!==s&&r&&!isNodeEnvProxyEnabled(c)){const e=getProxyForUrl(n);e&&(shouldBypassProxy(n)||(s=new URL(e)))}if(a&&e.headers)for(const t of Object.keys(e.headers))"proxy-authorization"===t.toLowerCase()&&delete e.headers[t];if(a&&e.agent&&e.agent[ht]&&(e.agent=void 0),a&&e.agents&&e.agents.https&&e.agents.https[ht]&&(e.agents.https=o),s){const t=s instanceof URL,readProxyField=e=>t||M.hasOwnProp(s,e)?s[e]:void 0,a=readProxyField("username"),i=readProxyField("password");let r=M.hasOwnProp(s,"auth")?s.auth:void 0;if(a&&(r=(a||"")+":"+(i||"")),r){const e="object"==typeof r,t=e&&M.hasOwnProp(r,"username")?r.username:void 0,n=e&&M.hasOwnProp(r,"password")?r.password:void 0;if(Boolean(t||n))r=(t||"")+":"+(n||"");else if(e)throw new Y("Invalid proxy authorization",Y.ERR_BAD_OPTION,{proxy:s})}if(dt.test(e.protocol)){if(!(o instanceof Re)){const t=readProxyField("hostname")||readProxyField("host"),n=readProxyField("port"),a=readProxyField("protocol"),i=a?a.includes(":")?a:`${a}:`:"http:",s=t&&t.includes(":")&&!t.startsWith("[")?`[${t}]`:t,c=new URL(`${i}//${s}${n?":"+n:""}`),p={protocol:c.protocol,hostname:c.hostname.replace(/^\[|\]$/g,""),port:c.port,auth:r&&"string"==typeof r?r:void 0};"https:"===c.protocol&&(p.ALPNProtocols=["http/1.1"]);const u=function(e,t){const n=e.protocol+"//"+e.hostname+":"+(e.port||"")+"#"+(e.auth||""),a=t?vt.get(t)||vt.set(t,new Map).get(t):xt;let o=a.get(n);if(o)return o;const i=t&&t.options?{...t.options,...e}:e;o=new Re(i);const r=o.callback;return o.callback=function(e,n){const a=t||Ae.globalAgent,o=a&&a.options;return r.call(this,e,{...o,...n})},o[ht]=!0,a.set(n,o),o}(p,o);e.agent=u,e.agents&&(e.agents.https=u)}}else{if(r){const t=Buffer.from(r,"utf8").toString("base64");e.headers["Proxy-Authorization"]="Basic "+t}let t=!1;for(const n of Object.keys(e.headers))if("host"===n.toLowerCase()){t=!0;break}t||(e.headers.host=e.hostname+(e.port?":"+e.port:""));const a=readProxyField("hostname")||readProxyField("host");e.hostname=a,e.host=a,e.port=readProxyField("port"),e.path=n;const o=readProxyField("protocol");o&&(e.protocol=o.includes(":")?o:`${o}:`)}}return e.beforeRedirects.proxy=function(e){setProxy(e,t,e.href,!0,o,i,r)},Boolean(s||!1!==t&&r&&isNodeEnvProxyEnabled(c))}const Et="undefined"!=typeof process&&"process"===M.kindOf(process),buildAddressEntry=(e,t)=>(({address:e,family:t})=>{if(!M.isString(e))throw new Y("address must be a string",Y.ERR_BAD_OPTION_VALUE);return{address:e,family:t||(e.indexOf(".")<0?6:4)}})(M.isObject(e)?e:{address:e,family:t}),Ot=new WeakMap,St={request(e,t){const n=e.protocol+"//"+e.hostname+":"+(e.port||("https:"===e.protocol?443:80)),{http2Options:a,headers:o}=e,i=kt.getSession(n,a),{HTTP2_HEADER_SCHEME:r,HTTP2_HEADER_METHOD:s,HTTP2_HEADER_PATH:c,HTTP2_HEADER_STATUS:p}=ze.constants,u={[r]:e.protocol.replace(":",""),[s]:e.method,[c]:e.path};M.forEach(o,(e,t)=>{":"!==t.charAt(0)&&(u[t]=e)});const l=i.request(u);return l.once("response",e=>{const n=l,a=(e=Object.assign({},e))[p];delete e[p],n.headers=e,n.statusCode=+a,t(n)}),l}},Rt=Et&&function(e){return t=async function(t,n,a){const own=t=>M.getSafeProp(e,t),o=own("transitional")||re;let i=own("data"),r=own("lookup"),s=own("family"),c=own("httpVersion");void 0===c&&(c=1);const p=c;let u=own("http2Options");const l=own("proxy"),d=own("httpAgent"),m=own("httpsAgent"),f=own("responseType"),h=own("responseEncoding"),x=own("socketPath"),v=own("method").toUpperCase(),g=own("maxRedirects"),b=own("maxBodyLength"),y=own("maxContentLength"),w=own("decompress");let k,E,O,S=!1;try{c=+c}catch(t){throw new Y("Invalid protocol version: value is not a number",Y.ERR_BAD_OPTION_VALUE,e)}if(Number.isNaN(c))throw new Y(`Invalid protocol version: '${p}' is not a number`,Y.ERR_BAD_OPTION_VALUE,e);if(1!==c&&2!==c)throw new Y(`Unsupported protocol version '${c}'`,Y.ERR_BAD_OPTION_VALUE,e);const R=2===c;r&&(r=(e=>{let t=Ot.get(e);if(t)return t;const n=helpers_callbackify(e,e=>M.isArray(e)?e:[e]);return t=(e,t,a)=>{n(e,t,(e,n,o)=>{if(e)return a(e);let i;try{i=M.isArray(n)?n.map(e=>buildAddressEntry(e)):[buildAddressEntry(n,o)]}catch(e){return a(e)}t.all?a(e,i):a(e,i[0].address,i[0].family)})},Ot.set(e,t),t})(r));const j=new Be.EventEmitter;function abort(t){try{j.emit("abort",!t||t.type?new ke(null,e,E):t)}catch(e){}}function clearConnectPhaseTimer(){O&&(clearTimeout(O),O=null)}j.once("abort",n);const onFinished=()=>{clearConnectPhaseTimer(),e.cancelToken&&e.cancelToken.unsubscribe(abort),e.signal&&e.signal.removeEventListener("abort",abort),j.removeAllListeners()};(e.cancelToken||e.signal)&&(e.cancelToken&&e.cancelToken.subscribe(abort),e.signal&&(e.signal.aborted?abort():e.signal.addEventListener("abort",abort))),a((e,t)=>{if(k=!0,clearConnectPhaseTimer(),t)return S=!0,void onFinished();const{data:n}=e;if(n instanceof De.Readable||n instanceof De.Duplex){const e=De.finished(n,()=>{e(),onFinished()})}else onFinished()});const A=buildFullPath(own("baseURL"),own("url"),own("allowAbsoluteUrls"),e),z=x?"http://localhost":be.hasBrowserEnv?be.origin:void 0,P=new URL(A,z),T=P.protocol||_t[0];if("data:"===T){if(y>-1){const t=String(own("url")||A||"");if(estimateDataURLBytes(t,estimatePercentDecodedBase64BufferAllocation,/;base64$/i)>y)return n(new Y("maxContentLength size of "+y+" exceeded",Y.ERR_BAD_RESPONSE,e))}let a;if("GET"!==v)return settle(t,n,{status:405,statusText:"method not allowed",headers:{},config:e});try{a=function(e,t,n){const a=n&&n.Blob||be.classes.Blob,o=parseProtocol(e);if(void 0===t&&a&&(t=!0),"data"===o){e=o.length?e.slice(o.length+1):e;const n=Ie.exec(e);if(!n)throw new Y("Invalid URL",Y.ERR_INVALID_URL);const i=n[1],r=n[2],s=n[3]?"base64":"utf8",c=n[4];let p="";i?p=r?i+r:i:r&&(p="text/plain"+r);const u="base64"===s?Buffer.from(c.replace(/%([\da-f]{2})/gi,(e,t)=>String.fromCharCode(parseInt(t,16))),"base64"):Buffer.from(decodeURIComponent(c),s);if(t){if(!a)throw new Y("Blob is not supported",Y.ERR_NOT_SUPPORT);return new a([u],{type:p})}return u}throw new Y("Unsupported protocol "+o,Y.ERR_NOT_SUPPORT)}(own("url"),"blob"===f,{Blob:e.env&&e.env.Blob})}catch(t){throw Y.from(t,Y.ERR_BAD_REQUEST,e)}return y>-1&&("blob"===f?a.size:a.length)>y?n(new Y("maxContentLength size of "+y+" exceeded",Y.ERR_BAD_RESPONSE,e)):("text"===f?(a=a.toString(h),h&&"utf8"!==h||(a=M.stripBOM(a))):"stream"===f&&(a=De.Readable.from(a)),settle(t,n,{data:a,status:200,statusText:"OK",headers:new K,config:e}))}if(-1===_t.indexOf(T))return n(new Y("Unsupported protocol "+T,Y.ERR_BAD_REQUEST,e));const C=K.from(e.headers).normalize();C.set("User-Agent","axios/"+$e,!1);const{onUploadProgress:N,onDownloadProgress:$}=e,I=e.maxRate;let D,U;if(M.isSpecCompliantForm(i)){const e=C.getContentType(/boundary=([-_\w\d]{10,70})/i);i=helpers_formDataToStream(i,e=>{C.set(e)},{tag:`axios-${$e}-boundary`,boundary:e&&e[1]||void 0})}else if(M.isFormData(i)&&M.isFunction(i.getHeaders)&&i.getHeaders!==Object.prototype.getHeaders){if(setFormDataHeaders(C,i.getHeaders(),own("formDataHeaderPolicy")),!C.hasContentLength())try{const e=await Pe.promisify(i.getLength).call(i);Number.isFinite(e)&&e>=0&&C.setContentLength(e)}catch(e){}}else if(M.isBlob(i)||M.isFile(i))i.size&&C.setContentType(i.type||"application/octet-stream"),C.setContentLength(i.size||0),i=De.Readable.from(helpers_readBlob(i));else if(i&&!M.isStream(i)){if(Buffer.isBuffer(i));else if(M.isArrayBuffer(i))i=Buffer.from(new Uint8Array(i));else{if(!M.isString(i))return n(new Y("Data after transformation must be a string, an ArrayBuffer, a Buffer, or a Stream",Y.ERR_BAD_REQUEST,e));i=Buffer.from(i,"utf-8")}if(C.setContentLength(i.length,!1),b>-1&&i.length>b)return n(new Y("Request body larger than maxBodyLength limit",Y.ERR_BAD_REQUEST,e))}const L=M.toFiniteNumber(C.getContentLength());let F;M.isArray(I)?(D=I[0],U=I[1]):D=U=I,i&&(N||D)&&(M.isStream(i)||(i=De.Readable.from(i,{objectMode:!1})),i=De.pipeline([i,new Fe({maxRate:M.toFiniteNumber(D)})],M.noop),N&&i.on("progress",flushOnFinish(i,progressEventDecorator(L,progressEventReducer(asyncDecorator(N,pt),!1,3)))));const B=own("auth");let q;B&&(F=(M.getSafeProp(B,"username")||"")+":"+(M.getSafeProp(B,"password")||"")),F||!P.username&&!P.password||(F=decodeURIComponentSafe(P.username)+":"+decodeURIComponentSafe(P.password)),F&&C.delete("authorization");try{q=buildURL(P.pathname+P.search,own("params"),own("paramsSerializer")).replace(/^\?/,"")}catch(t){return n(Y.from(t,Y.ERR_BAD_REQUEST,e,null,null,{url:own("url"),exists:!0}))}C.set("Accept-Encoding",M.hasOwnProp(o,"advertiseZstdAcceptEncoding")&&!0===o.advertiseZstdAcceptEncoding?ct:st,!1),R&&r&&(u=Object.assign(Object.create(null),u,{lookup:r}));const Z=Object.assign(Object.create(null),{path:q,method:v,headers:toByteStringHeaderObject(C),agents:{http:d,https:m},auth:F,protocol:T,family:s,beforeRedirect:dispatchBeforeRedirect,beforeRedirects:Object.create(null),http2Options:u,createConnection:void 0});!M.isUndefined(r)&&(Z.lookup=r);let H,V=!1;if(x){if("string"!=typeof x)return n(new Y("socketPath must be a string",Y.ERR_BAD_OPTION_VALUE,e));const t=own("allowedSocketPaths");if(null!=t){const a=Array.isArray(t)?t:[t],o=(0,Te.resolve)(x);if(!a.some(e=>"string"==typeof e&&(0,Te.resolve)(e)===o))return n(new Y(`socketPath "${x}" is not permitted by allowedSocketPaths`,Y.ERR_BAD_OPTION_VALUE,e))}Z.socketPath=x}else Z.hostname=P.hostname.startsWith("[")?P.hostname.slice(1,-1):P.hostname,Z.port=P.port,V=setProxy(Z,l,T+"//"+P.hostname+(P.port?":"+P.port:"")+Z.path,!1,m,d,!R);let J=!1;const W=dt.test(Z.protocol);if(R||!1!==l?null==Z.agent&&(Z.agent=W?m:d):(setDirectAgent(Z,d,m),Z.beforeRedirects.direct=e=>{setDirectAgent(e,d,m)}),R){if(V)return n(new Y("HTTP/2 requests with a proxy are not supported",Y.ERR_NOT_SUPPORT,e));H=St}else{const t=own("transport");if(t)H=t;else if(0===g)H=W?Ae:je,J=!0;else{Z.sensitiveHeaders=[],g&&(Z.maxRedirects=g);const t=own("beforeRedirect");if(t&&(Z.beforeRedirects.config=t),F){const e=P.origin,t=F;Z.beforeRedirects.auth=function(n){try{new URL(n.href).origin===e&&(n.auth=t)}catch(e){}}}const a=own("sensitiveHeaders");if(null!=a){if(!M.isArray(a))return n(new Y("sensitiveHeaders must be an array of strings",Y.ERR_BAD_OPTION_VALUE,e));const t=new Set;for(const o of a){if(!M.isString(o))return n(new Y("sensitiveHeaders must be an array of strings",Y.ERR_BAD_OPTION_VALUE,e));t.add(o.toLowerCase())}t.size&&(Z.sensitiveHeaders=Array.from(t),Z.beforeRedirects.sensitiveHeaders=function(e,n){isSameOriginRedirect(e,n)||stripMatchingHeaders(e.headers,t)})}H=W?lt:ut}}Z.maxBodyLength=b>-1?b:1/0,Z.insecureHTTPParser=Boolean(own("insecureHTTPParser")),E=H.request(Z,function(a){if(clearConnectPhaseTimer(),E.destroyed)return;const o=[a],i=M.toFiniteNumber(a.headers["content-length"]);if($||U){const p=new Fe({maxRate:M.toFiniteNumber(U)});$&&p.on("progress",flushOnFinish(p,progressEventDecorator(i,progressEventReducer(asyncDecorator($,pt),!0,3)))),o.push(p)}let r=a;const s=a.req||E;if(!1!==w&&a.headers["content-encoding"])switch("HEAD"!==v&&204!==a.statusCode||delete a.headers["content-encoding"],(a.headers["content-encoding"]||"").toLowerCase()){case"gzip":case"x-gzip":case"compress":case"x-compress":o.push(Ne.createUnzip(nt)),delete a.headers["content-encoding"];break;case"deflate":o.push(new Je),o.push(Ne.createUnzip(nt)),delete a.headers["content-encoding"];break;case"br":it&&(o.push(Ne.createBrotliDecompress(at)),delete a.headers["content-encoding"]);break;case"zstd":rt&&(o.push(Ne.createZstdDecompress(ot)),delete a.headers["content-encoding"])}r=o.length>1?De.pipeline(o,M.noop):o[0];const c={status:a.statusCode,statusText:a.statusMessage,headers:new K(a.headers),config:e,request:s};if("stream"===f){if(y>-1){const u=y,l=r;async function*enforceMaxContentLength(){let t=0;for await(const n of l){if(t+=n.length,t>u)throw new Y("maxContentLength size of "+u+" exceeded",Y.ERR_BAD_RESPONSE,e,s);yield n}}r=De.Readable.from(enforceMaxContentLength(),{objectMode:!1})}c.data=r,settle(t,n,c)}else{const d=[];let m=0;r.on("data",function(t){d.push(t),m+=t.length,y>-1&&m>y&&(S=!0,r.destroy(),abort(new Y("maxContentLength size of "+y+" exceeded",Y.ERR_BAD_RESPONSE,e,s)))}),r.on("aborted",function(){if(S)return;const t=new Y("stream has been aborted",Y.ERR_BAD_RESPONSE,e,s,c);r.destroy(t),n(t)}),r.on("error",function(t){S||n(Y.from(t,null,e,s,c))}),r.on("end",function(){try{let e=1===d.length?d[0]:Buffer.concat(d);"arraybuffer"!==f&&(e=e.toString(h),h&&"utf8"!==h||(e=M.stripBOM(e))),c.data=e}catch(t){return n(Y.from(t,null,e,c.request,c))}settle(t,n,c)})}j.once("abort",e=>{r.destroyed||(r.emit("error",e),r.destroy())})}),j.once("abort",e=>{E.close?E.close():E.destroy(e)}),E.on("error",function(t){n(Y.from(t,null,e,E))});const G=new Set;if(E.on("socket",function(e){"function"==typeof e.setKeepAlive&&e.setKeepAlive(!0,6e4),e[mt]||(e.on("error",handleSocketError),e[mt]=!0),e[ft]=E,G.add(e)}),E.once("close",function(){clearConnectPhaseTimer();for(const e of G)e[ft]===E&&(e[ft]=null);G.clear()}),own("timeout")){const t=parseInt(own("timeout"),10);if(Number.isNaN(t))return void abort(new Y("error trying to parse `config.timeout` to int",Y.ERR_BAD_OPTION_VALUE,e,E));const handleTimeout=function(){k||abort(function(){const t=own("timeout");let n=t?"timeout of "+t+"ms exceeded":"timeout exceeded";const a=own("timeoutErrorMessage");return a&&(n=a),new Y(n,o.clarifyTimeoutError?Y.ETIMEDOUT:Y.ECONNABORTED,e,E)}())};J&&t>0&&(O=setTimeout(handleTimeout,t)),E.setTimeout(t,handleTimeout)}else E.setTimeout(0);if(M.isStream(i)){let t=!1,n=!1;i.on("end",()=>{t=!0}),i.once("error",e=>{n=!0,E.destroy(e)}),i.on("close",()=>{t||n||abort(new ke("Request stream has been aborted",e,E))});let a=i;if(b>-1){const t=b;let n=0;a=De.pipeline([i,new De.Transform({transform(a,o,i){if(n+=a.length,n>t)return i(new Y("Request body larger than maxBodyLength limit",Y.ERR_BAD_REQUEST,e,E));i(null,a)}})],M.noop),a.on("error",e=>{E.destroyed||E.destroy(e)})}a.pipe(E)}else i&&E.write(i),E.end()},new Promise((e,n)=>{let a,o;const done=(e,t)=>{o||(o=!0,a&&a(e,t))},_reject=e=>{done(e,!0),n(e)};t(t=>{done(t),e(t)},_reject,e=>a=e).catch(_reject)});var t},decodeCookieValue=e=>{try{return decodeURIComponent(e)}catch(t){return e}},jt=be.hasStandardBrowserEnv?{write(e,t,n,a,o,i,r){if("undefined"==typeof document)return;const s=[`${e}=${encodeURIComponent(t)}`];M.isNumber(n)&&s.push(`expires=${new Date(n).toUTCString()}`),M.isString(a)&&s.push(`path=${a}`),M.isString(o)&&s.push(`domain=${o}`),!0===i&&s.push("secure"),M.isString(r)&&s.push(`SameSite=${r}`),document.cookie=s.join("; ")},read(e){if("undefined"==typeof document)return null;const t=document.cookie;if(!t)return null;const n=t.split(";");for(let t=0;t<n.length;t++){const a=n[t].replace(/^\s+/,""),o=a.indexOf("=");if(-1!==o&&a.slice(0,o)===e)return decodeCookieValue(a.slice(o+1))}return null},async readAsync(e){try{const t="undefined"!=typeof window&&window.cookieStore;if(t&&M.isFunction(t.get)){const n=await t.get(e);return n?decodeCookieValue(n.value):null}}catch(e){}return this.read(e)},remove(e){this.write(e,"",Date.now()-864e5,"/")}}:{write(){},read:()=>null,readAsync:async()=>null,remove(){}},At=be.hasStandardBrowserEnv?(e=>t=>(t=new URL(t,document.baseURI||be.origin),e.protocol===t.protocol&&e.host===t.host&&e.port===t.port))(new URL(be.origin)):()=>!0;const headersToObject=e=>e instanceof K?{...e}:e,ownEnumerableKeys=e=>Object.getOwnPropertySymbols&&Object.getOwnPropertyDescriptor?Object.keys(e).concat(Object.getOwnPropertySymbols(e).filter(t=>{const n=Object.getOwnPropertyDescriptor(e,t);return n&&n.enumerable})):Object.keys(e);function getMergedValue(e,t,n,a){return M.isPlainObject(e)&&M.isPlainObject(t)?M.merge.call({caseless:a},e,t):M.isPlainObject(t)?M.merge({},t):M.isArray(t)?t.slice():t}function mergeDeepProperties(e,t,n,a){return M.isUndefined(t)?M.isUndefined(e)?void 0:getMergedValue(void 0,e,0,a):getMergedValue(e,t,0,a)}function valueFromConfig2(e,t){if(!M.isUndefined(t))return getMergedValue(void 0,t)}function defaultToConfig2(e,t){return M.isUndefined(t)?M.isUndefined(e)?void 0:getMergedValue(void 0,e):getMergedValue(void 0,t)}function mergeDirectKeys(e,t,n,a,o){return M.hasOwnProp(o,n)?getMergedValue(e,t):M.hasOwnProp(a,n)?getMergedValue(void 0,e):void 0}const zt=Object.freeze({__proto__:null,value:Object.prototype.hasOwnProperty,enumerable:!1,writable:!0,configurable:!0}),Pt={url:valueFromConfig2,method:valueFromConfig2,data:valueFromConfig2,baseURL:defaultToConfig2,transformRequest:defaultToConfig2,transformResponse:defaultToConfig2,params:function(e,t){const n=[],a=new WeakMap,o={};function copy(e,t){if(!M.isPlainObject(t))return M.isArray(t)?t.slice():t;const i=M.isPlainObject(e)?e:o;let r=a.get(t);if(r||(r=new WeakMap,a.set(t,r)),r.has(i))return r.get(i);const s={};return r.set(i,s),n.push({base:i,source:t,result:s}),s}const i=M.isUndefined(t)?copy(void 0,e):copy(e,t);for(;n.length;){const{base:e,source:t,result:a}=n.pop(),o=new Set(ownEnumerableKeys(e)),i=new Set(ownEnumerableKeys(t));new Set([...o,...i]).forEach(n=>{if("__proto__"===n||"constructor"===n||"prototype"===n)return;const r=i.has(n),s=r?t[n]:void 0,c=r&&!M.isPlainObject(s)||!o.has(n)?void 0:e[n];a[n]=r?copy(c,s):copy(void 0,c)})}return function(e){const t=[{value:e}],n=new WeakSet,a=new WeakSet;for(;t.length;){const{value:e,done:o}=t.pop();if(!M.isPlainObject(e)&&!M.isArray(e))continue;if(o){n.delete(e);continue}if(n.has(e))throw new Y("Circular reference detected in params",Y.ERR_BAD_OPTION_VALUE);if(a.has(e))continue;a.add(e),n.add(e),t.push({value:e,done:!0});const i=Object.keys(e);Object.getOwnPropertySymbols&&Object.getOwnPropertyDescriptor&&Object.getOwnPropertySymbols(e).forEach(t=>{const n=Object.getOwnPropertyDescriptor(e,t);n&&n.enumerable&&i.push(t)}),i.forEach(n=>{if("__proto__"===n||"constructor"===n||"prototype"===n){const a=Object.getOwnPropertyDescriptor(e,n);a&&M.hasOwnProp(a,"value")&&t.push({value:a.value})}else t.push({value:e[n]})})}}(i),i},paramsSerializer:defaultToConfig2,timeout:defaultToConfig2,timeoutErrorMessage:defaultToConfig2,withCredentials:defaultToConfig2,withXSRFToken:defaultToConfig2,adapter:defaultToConfig2,responseType:defaultToConfig2,xsrfCookieName:defaultToConfig2,xsrfHeaderName:defaultToConfig2,onUploadProgress:defaultToConfig2,onDownloadProgress:defaultToConfig2,decompress:defaultToConfig2,maxContentLength:defaultToConfig2,maxBodyLength:defaultToConfig2,beforeRedirect:defaultToConfig2,transport:defaultToConfig2,httpAgent:defaultToConfig2,httpsAgent:defaultToConfig2,cancelToken:defaultToConfig2,socketPath:defaultToConfig2,allowedSocketPaths:defaultToConfig2,responseEncoding:defaultToConfig2,validateStatus:mergeDirectKeys,headers:function(e,t,n){return mergeDeepProperties(headersToObject(e),headersToObject(t),0,!0)}};function mergeConfig(e,t){e=e||{},t=t||{};const n=Object.create(null);Object.defineProperty(n,"hasOwnProperty",zt);const a=ownEnumerableKeys({...e,...t});for(let o=0,i=a.length;o<i;o++){const i=a[o];if("__proto__"===i||"constructor"===i||"prototype"===i)continue;const r=M.hasOwnProp(Pt,i)?Pt[i]:mergeDeepProperties,s=M.hasOwnProp(e,i)?e[i]:void 0,c=M.hasOwnProp(t,i)?t[i]:void 0,p=r===mergeDirectKeys?r(s,c,i,e,t):r(s,c,i);M.isUndefined(p)&&r!==mergeDirectKeys||(n[i]=p)}return M.hasOwnProp(t,"validateStatus")&&M.isUndefined(t.validateStatus)&&!1===function(e,t,n){const a=M.hasOwnProp(t,"transitional")?t.transitional:void 0;if(!M.isUndefined(a)){if(!M.isPlainObject(a))return;if(M.hasOwnProp(a,n))return a[n]}const o=M.hasOwnProp(e,"transitional")?e.transitional:void 0;if(M.isPlainObject(o)&&M.hasOwnProp(o,n))return o[n]}(e,t,"validateStatusUndefinedResolves")&&(M.hasOwnProp(e,"validateStatus")?n.validateStatus=getMergedValue(void 0,e.validateStatus):delete n.validateStatus),n}const encodeUTF8=e=>encodeURIComponent(e).replace(/%([0-9A-F]{2})/gi,(e,t)=>String.fromCharCode(parseInt(t,16))),readCookie=e=>jt.read(e);const helpers_resolveConfig=function(e,t=readCookie){const n=mergeConfig({},e),own=e=>M.hasOwnProp(n,e)?n[e]:void 0,a=own("data");let o=own("withXSRFToken");const i=own("xsrfHeaderName"),r=own("xsrfCookieName");let s=own("headers");const c=own("auth"),p=own("baseURL"),u=own("allowAbsoluteUrls"),l=own("url");if(n.headers=s=K.from(s),n.url=buildURL(buildFullPath(p,l,u,n),own("params"),own("paramsSerializer")),c){const t=M.getSafeProp(c,"username")||"",n=M.getSafeProp(c,"password")||"",a=own("transitional"),o=a&&M.hasOwnProp(a,"encodeBasicAuthUsername")&&!0===a.encodeBasicAuthUsername;try{s.set("Authorization","Basic "+btoa((o?encodeUTF8(t):t)+":"+(n?encodeUTF8(n):"")))}catch(t){throw Y.from(t,Y.ERR_BAD_OPTION_VALUE,e)}}if(M.isFormData(a)){const e=M.getSafeProp(a,"getHeaders");be.hasStandardBrowserEnv||be.hasStandardBrowserWebWorkerEnv||M.isReactNative(a)?s.setContentType(void 0):M.isFunction(e)&&setFormDataHeaders(s,e.call(a),own("formDataHeaderPolicy"))}if(be.hasStandardBrowserEnv){M.isFunction(o)&&(o=o(n));if(!0===o||null==o&&At(n.url)){const e=i&&r&&t(r);e&&s.set(i,e)}}return n},Tt="undefined"!=typeof XMLHttpRequest&&function(e){return new Promise(function(t,n){let a,o;try{const e=be.hasStandardBrowserEnv&&"undefined"!=typeof window&&window.cookieStore;a=e&&M.isFunction(e.get)}catch(e){}const i=helpers_resolveConfig(e,a?e=>(o=e,null):void 0);let r=i.data;const s=K.from(i.headers).normalize();let c,p,u,l,d,m,f,{responseType:h,onUploadProgress:x,onDownloadProgress:v}=i;function done(){clearTimeout(p);try{d&&d()}catch(e){setTimeout(()=>{throw e})}try{m&&m()}catch(e){setTimeout(()=>{throw e})}g&&(l&&g.removeEventListener("progress",l),g.upload&&(u&&g.upload.removeEventListener("progress",u),d&&g.upload.removeEventListener("loadend",d))),i.cancelToken&&i.cancelToken.unsubscribe(c),i.signal&&i.signal.removeEventListener("abort",c)}let g=new XMLHttpRequest;function onloadend(a){if(!g)return;if(!(0!==g.status||"file"===(parseProtocol(normalizeURLForProtocolCheck(i.url))||parseProtocol(be.origin))||g.responseURL&&g.responseURL.startsWith("file:")))return n(new Y("Request aborted",Y.ECONNABORTED,e,g)),done(),void(g=null);try{a?f&&f(a):m&&m()}catch(e){setTimeout(()=>{throw e})}if(!g)return;const o=K.from("getAllResponseHeaders"in g&&g.getAllResponseHeaders());settle(function(e){t(e),done()},function(e){n(e),done()},{data:h&&"text"!==h&&"json"!==h?g.response:g.responseText,status:g.status,statusText:g.statusText,headers:o,config:e,request:g}),g=null}if(g.open(i.method.toUpperCase(),i.url,!0),g.timeout=i.timeout,"onloadend"in g?g.onloadend=onloadend:g.onreadystatechange=function(){g&&4===g.readyState&&(0!==g.status||g.responseURL&&g.responseURL.startsWith("file:"))&&setTimeout(onloadend)},g.onabort=function(){g&&(n(new Y("Request aborted",Y.ECONNABORTED,e,g)),done(),g=null)},g.onerror=function(t){const a=t&&t.message?t.message:"Network Error",o=new Y(a,Y.ERR_NETWORK,e,g);o.event=t||null,n(o),done(),g=null},g.ontimeout=function(){if(!g)return;let t=i.timeout?"timeout of "+i.timeout+"ms exceeded":"timeout exceeded";const a=i.transitional||re;i.timeoutErrorMessage&&(t=i.timeoutErrorMessage),n(new Y(t,a.clarifyTimeoutError?Y.ETIMEDOUT:Y.ECONNABORTED,e,g)),done(),g=null},void 0===r&&s.setContentType(null),M.isUndefined(i.withCredentials)||(g.withCredentials=!!i.withCredentials),h&&"json"!==h&&(g.responseType=i.responseType),v&&([l,m,f]=progressEventReducer(v,!0),g.addEventListener("progress",l)),x&&g.upload&&([u,d]=progressEventReducer(x),g.upload.addEventListener("progress",u),g.upload.addEventListener("loadend",d)),i.cancelToken||i.signal){if(c=t=>{if(!g)return;n(!t||t.type?new ke(null,e,g):t);const a=g;done(),g=null,a.abort()},i.cancelToken&&i.cancelToken.subscribe(c),!g)return;i.signal&&(i.signal.aborted?c():i.signal.addEventListener("abort",c))}if(!g)return;const b=parseProtocol(i.url);if(b&&!be.protocols.includes(b))return n(new Y("Unsupported protocol "+b+":",Y.ERR_BAD_REQUEST,e)),void done();const sendRequest=()=>{g&&("setRequestHeader"in g&&M.forEach(toByteStringHeaderObject(s),function(e,t){g.setRequestHeader(t,e)}),g.send(r||null))};if(o){const t="undefined"!=typeof performance&&M.isFunction(performance.now)?()=>performance.now():Date.now,a=g.timeout>0?t()+Number(g.timeout):void 0,abortOnTimeout=()=>{if(!g)return;const e=g;e.ontimeout(),e.abort()};if(void 0!==a){const scheduleTimeout=()=>{const e=a-t();e>0?p=setTimeout(scheduleTimeout,Math.min(e,2147483647)):abortOnTimeout()};scheduleTimeout()}jt.readAsync(o).then(e=>{if(g)if(void 0!==a&&t()>=a)abortOnTimeout();else{if(e){const t=M.hasOwnProp(i,"xsrfHeaderName")&&i.xsrfHeaderName;s.set(t,e)}sendRequest()}}).catch(t=>{g&&(n(Y.from(t,null,e,g)),done(),g=null)})}else sendRequest()})},helpers_composeSignals=(e,t)=>{if(e=e?e.filter(Boolean):[],!t&&!e.length)return;const n=new AbortController;let a=!1;const onabort=function(e){if(!a){a=!0,unsubscribe();const t=e instanceof Error?e:this.reason;n.abort(t instanceof Y?t:new ke(t instanceof Error?t.message:t))}};let o=t&&setTimeout(()=>{o=null,onabort(new Y(`timeout of ${t}ms exceeded`,Y.ETIMEDOUT))},t);const unsubscribe=()=>{e&&(o&&clearTimeout(o),o=null,e.forEach(e=>{const t=M.getSafeProp(e,"unsubscribe");M.isFunction(t)?t.call(e,onabort):e.removeEventListener("abort",onabort)}),e=null)};e.forEach(e=>{a||(e.aborted?onabort.call(e):e.addEventListener("abort",onabort,{once:!0}))});const{signal:i}=n;return i.unsubscribe=()=>M.asap(unsubscribe),i},streamChunk=function*(e,t){let n=e.byteLength;if(!t||n<t)return void(yield e);let a,o=0;for(;o<n;)a=o+t,yield e.slice(o,a),o=a},readStream=async function*(e){if(e[Symbol.asyncIterator])return void(yield*e);const t=e.getReader();try{for(;;){const{done:e,value:n}=await t.read();if(e)break;yield n}}finally{await t.cancel()}},trackStream=(e,t,n,a)=>{const o=async function*(e,t){for await(const n of readStream(e))yield*streamChunk(n,t)}(e,t);let i,r=0,_onFinish=e=>{i||(i=!0,a&&a(e))};return new ReadableStream({async pull(e){try{const{done:t,value:a}=await o.next();if(t)return _onFinish(),void e.close();let i=a.byteLength;if(n){let e=r+=i;n(e)}e.enqueue(new Uint8Array(a))}catch(e){throw _onFinish(e),e}},cancel:e=>(_onFinish(e),o.return())},{highWaterMark:2})},Ct="\r\n",normalizeLines=e=>String(e).replace(/\r\n|\r|\n/g,Ct),escapeName=e=>String(e).replace(/[\r\n"]/g,e=>"\r"===e?"%0D":"\n"===e?"%0A":"%22"),stringBytes=(e,t)=>{let n=0;for(let a=0;a<e.length;a++){const o=e.charCodeAt(a);!t||13!==o&&10!==o?o<128?n++:o<2048?n+=2:o>=55296&&o<=56319&&e.charCodeAt(a+1)>=56320&&e.charCodeAt(a+1)<=57343?(n+=4,a++):n+=3:(13===o&&10===e.charCodeAt(a+1)&&a++,n+=2)}return n};class FormDataError extends TypeError{constructor(e,t){super(e),this.name="FormDataError",this.reason=t}}function createMultipartBody(e,t,n,a,o){if(!M.isFunction(t))throw new Y("Blob is not supported",Y.ERR_NOT_SUPPORT);if(void 0===o)if(M.isFunction(be.generateString))o="axios-"+be.generateString(36,"0123456789abcdef");else{const e=M.global.crypto;if(!e||!M.isFunction(e.getRandomValues))throw new Y("Random byte generation is not supported",Y.ERR_NOT_SUPPORT);const t=new Uint8Array(18);e.getRandomValues(t),o="axios-"+Array.from(t,e=>("0"+e.toString(16)).slice(-2)).join("")}try{return function(e,t,n,a,o){if(!M.isFunction(t))throw new FormDataError("Blob is not supported","blob");if(!M.isString(o)||!/^[A-Za-z0-9'()+_,./:=? -]{1,70}$/.test(o)||/ $/.test(o))throw new FormDataError("Invalid multipart boundary","boundary");const i="--"+o+"--"+Ct;let r=i.length;const s=[],checkLength=e=>{if(r+e>n)throw a()};checkLength(0);for(const[t,n]of e){const e=M.isString(n),a=e?stringBytes(n,!0):n.size;if(!Number.isFinite(a)||a<0)throw new FormDataError("Unsupported FormData part size","part");checkLength(a+stringBytes(t,!0)+(!e&&n.name?stringBytes(n.name,!1):0)+(!e&&n.type?stringBytes(n.type,!1):0));let i="--"+o+'\r\nContent-Disposition: form-data; name="'+escapeName(normalizeLines(t))+'"';e||(i+='; filename="'+escapeName(M.isString(n.name)?n.name:"blob")+'"\r\nContent-Type: '+String(n.type||"application/octet-stream").replace(/[\r\n]/g,"")),i+=Ct+Ct;const c=stringBytes(i,!1)+a+2;checkLength(c),r+=c,s.push({header:i,value:n,isString:e})}const c=[];for(const e of s)c.push(e.header,e.isString?normalizeLines(e.value):e.value,Ct);return c.push(i),new t(c,{type:"multipart/form-data; boundary="+o})}(e,t,n,a,o)}catch(e){if(e instanceof FormDataError){const t="boundary"===e.reason?Y.ERR_BAD_OPTION_VALUE:Y.ERR_BAD_REQUEST;throw new Y(e.message,t)}throw e}}const Nt={cache:"default",redirect:"follow",referrer:"about:client",referrerPolicy:"",mode:"cors",integrity:"",keepalive:!1,priority:"auto",window:null},{isFunction:$t}=M,fetch_decodeURIComponentSafe=e=>{if(!M.isString(e))return e;try{return decodeURIComponent(e)}catch(t){return e}},test=(e,...t)=>{try{return!!e(...t)}catch(e){return!1}},factory=e=>{const t=void 0!==M.global&&null!==M.global?M.global:globalThis,{ReadableStream:n,TextEncoder:a}=t;e=M.merge.call({skipUndefined:!0},{Request:t.Request,Response:t.Response,Blob:t.Blob},e);const o=M.hasOwnProp(e,"fetch")?e.fetch:void 0,{Request:i,Response:r,Blob:s}=e,c=o?$t(o):"function"==typeof fetch,p=$t(i),u=$t(r);if(!c)return!1;const l=c&&$t(n),d=c&&("function"==typeof a?(m=new a,e=>m.encode(e)):async e=>new Uint8Array(await new i(e).arrayBuffer()));var m;const f=p&&l&&test(()=>{let e=!1;const t=new i(be.origin,{body:new n,method:"POST",get duplex(){return e=!0,"half"}}),a=t.headers.has("Content-Type");return null!=t.body&&t.body.cancel(),e&&!a}),h=u&&l&&test(()=>M.isReadableStream(new r("").body)),x=Object.assign(Object.create(null),Nt);p&&!test(()=>new i(be.origin,x))&&(delete x.cache,test(()=>new i(be.origin,x))||(x.cache=Nt.cache));const v={stream:h&&(e=>e.body)};c&&["text","arrayBuffer","blob","formData","stream"].forEach(e=>{!v[e]&&(v[e]=(t,n)=>{let a=t&&t[e];if(a)return a.call(t);throw new Y(`Response type '${e}' is not supported`,Y.ERR_NOT_SUPPORT,n)})});const getBodyLength=async e=>null==e?0:M.isBlob(e)?e.size:M.isArrayBufferView(e)||M.isArrayBuffer(e)?e.byteLength:(M.isURLSearchParams(e)&&(e+=""),M.isString(e)?(await d(e)).byteLength:void 0);return async e=>{let{url:t,method:n,data:c,signal:u,cancelToken:d,timeout:m,onDownloadProgress:g,onUploadProgress:b,responseType:y,headers:w,withCredentials:k="same-origin",fetchOptions:E,maxContentLength:O,maxBodyLength:S,maxRedirects:R}=helpers_resolveConfig(e);const j=M.isNumber(O)&&O>-1,A=M.isNumber(S)&&S>-1,own=t=>M.hasOwnProp(e,t)?e[t]:void 0;let z=o||fetch;y=y?(y+"").toLowerCase():"text";let P=helpers_composeSignals([u,d&&d.toAbortSignal()],m),T=null;const C=P&&P.unsubscribe&&(()=>{P.unsubscribe()});let N,$=null,I=null;const maxBodyLengthError=()=>new Y("Request body larger than maxBodyLength limit",Y.ERR_BAD_REQUEST,e,T);try{let o;const u=own("auth");if(u){const e=M.getSafeProp(u,"username")||"";o={username:e,password:M.getSafeProp(u,"password")||""}}let d;if((e=>{const t=e.indexOf("://");let n=e;return-1!==t&&(n=n.slice(t+3)),n.includes("@")||n.includes(":")})(t)){if(d=new URL(t,be.origin),!o&&(d.username||d.password)){const e=fetch_decodeURIComponentSafe(d.username);o={username:e,password:fetch_decodeURIComponentSafe(d.password)}}(d.username||d.password)&&(d.username="",d.password="",t=d.href)}if(o&&(w.delete("authorization"),w.set("Authorization","Basic "+btoa((D=(o.username||"")+":"+(o.password||""),encodeURIComponent(D).replace(/%([0-9A-F]{2})/gi,(e,t)=>String.fromCharCode(parseInt(t,16))))))),j&&d&&"data:"===d.protocol){const t=function(e){const t="string"==typeof e?e.indexOf("#"):-1;return estimateDataURLBytes(-1===t?e:e.slice(0,t),estimatePercentDecodedBase64Bytes,/; *base64[\t\n\f\r ]*$/i)}(d.href);if(t>O)throw new Y("maxContentLength size of "+O+" exceeded",Y.ERR_BAD_RESPONSE,e,T)}const m=M.isSpecCompliantForm(c)&&K.from(own("headers")).getContentType();let U;if(M.isString(m)&&/^multipart\/form-data(?:\s*;|$)/i.test(m.trim())){const e=K.parseParameters(m);M.hasOwnProp(e,"boundary")&&(U=e.boundary)}if(M.isSpecCompliantForm(c)&&"get"!==n&&"head"!==n&&(A||b&&f||void 0!==U)&&(c=createMultipartBody(c,s,A?S:1/0,maxBodyLengthError,U),w.setContentType(void 0===U?c.type:m),N=c.size),A&&"get"!==n&&"head"!==n){const e=await getBodyLength(c);if("number"==typeof e&&isFinite(e)&&(N=e,e>S))throw maxBodyLengthError()}const L=A&&(M.isReadableStream(c)||M.isStream(c)),trackRequestStream=(e,t,n)=>trackStream(e,65536,e=>{if(A&&e>S)throw $=maxBodyLengthError();t&&t(e)},n);if(f&&"get"!==n&&"head"!==n&&(b||L)){if(N=null==N?await(async(e,t)=>{const n=M.toFiniteNumber(e.getContentLength());return null==n?getBodyLength(t):n})(w,c):N,0!==N||L){let e,n=new i(t,{method:"POST",body:c,duplex:"half"});if(M.isFormData(c)&&(e=n.headers.get("content-type"))&&w.setContentType(e),n.body){const[e,t]=b&&progressEventDecorator(N,progressEventReducer(asyncDecorator(b)))||[];c=trackRequestStream(n.body,e,t)}}}else if(L&&!p&&l&&"get"!==n&&"head"!==n)c=trackRequestStream(c);else if(L&&p&&!f&&"get"!==n&&"head"!==n)throw new Y("Stream request bodies are not supported by the current fetch implementation",Y.ERR_NOT_SUPPORT,e,T);M.isString(k)||(k=k?"include":"omit");const F=p&&"credentials"in i.prototype;if(M.isFormData(c)){const e=w.getContentType();e&&/^multipart\/form-data/i.test(e)&&!/boundary=/i.test(e)&&w.delete("content-type")}w.set("User-Agent","axios/"+$e,!1);const B=null==E?E:Object.assign(Object.create(null),E);B&&(delete B.body,delete B.headers,delete B.method,delete B.signal,delete B.duplex,delete B.credentials);const q=Object.assign(Object.create(null),B,{signal:P,method:n.toUpperCase(),headers:toByteStringHeaderObject(w.normalize()),body:c,duplex:"half",credentials:F?k:void 0});p&&(M.forEach(x,(e,t)=>{void 0===q[t]&&(q[t]=e)}),void 0===q.signal&&(q.signal=null),void 0===q.body&&(q.body=null)),0===R&&(q.redirect="manual",B&&(B.redirect="manual")),T=p&&new i(t,q);let Z=await(p?z(T,B):z(t,q));const H=K.from(Z.headers);if(j){const t=M.toFiniteNumber(H.getContentLength());if(null!=t&&t>O)throw new Y("maxContentLength size of "+O+" exceeded",Y.ERR_BAD_RESPONSE,e,T)}const V=h&&("stream"===y||"response"===y);if(h&&Z.body&&(g||j||V&&C)){const t={};["status","statusText","headers"].forEach(e=>{t[e]=Z[e]});const n=M.toFiniteNumber(H.getContentLength()),[a,o]=g&&progressEventDecorator(n,progressEventReducer(asyncDecorator(g),!0))||[];let i=0;const onChunkProgress=t=>{if(j&&(i=t,i>O))throw I=new Y("maxContentLength size of "+O+" exceeded",Y.ERR_BAD_RESPONSE,e,T);a&&a(t)};Z=new r(trackStream(Z.body,65536,onChunkProgress,()=>{o&&o(),C&&C()}),t)}y=y||"text";let J=await v[M.findKey(v,y)||"text"](Z,e);if(j&&!h&&!V){let t;if(null!=J&&("number"==typeof J.byteLength?t=J.byteLength:"number"==typeof J.size?t=J.size:"string"==typeof J&&(t="function"==typeof a?(new a).encode(J).byteLength:J.length)),"number"==typeof t&&t>O)throw new Y("maxContentLength size of "+O+" exceeded",Y.ERR_BAD_RESPONSE,e,T)}return!V&&C&&C(),await new Promise((t,n)=>{settle(t,n,{data:J,headers:K.from(Z.headers),status:Z.status,statusText:Z.statusText,config:e,request:T})})}catch(t){if(C&&C(),P&&P.aborted&&P.reason instanceof Y){const n=P.reason;throw n.config=e,T&&(n.request=T),t!==n&&Object.defineProperty(n,"cause",{__proto__:null,value:t,writable:!0,enumerable:!1,configurable:!0}),n}if($)throw T&&!$.request&&($.request=T),$;if(I)throw I;if(t instanceof Y)throw T&&!t.request&&(t.request=T),t;if(t&&"TypeError"===t.name&&/Load failed|fetch/i.test(t.message)){const n=new Y("Network Error",Y.ERR_NETWORK,e,T,t&&t.response);throw Object.defineProperty(n,"cause",{__proto__:null,value:t.cause||t,writable:!0,enumerable:!1,configurable:!0}),n}throw Y.from(t,t&&t.code,e,T,t&&t.response)}var D}},It=new Map,getFetch=e=>{const t=Object.create(null),n=e&&M.hasOwnProp(e,"env")&&e.env;["fetch","Request","Response","Blob"].forEach(e=>{n&&M.hasOwnProp(n,e)&&(t[e]=n[e])});const{fetch:a,Request:o,Response:i,Blob:r}=t,s=[o,i,a,r];let c,p,u=s.length,l=It;for(;u--;)c=s[u],p=l.get(c),void 0===p&&l.set(c,p=u?new Map:factory(t)),l=p;return p},Dt=(getFetch(),{http:Rt,xhr:Tt,fetch:{get:getFetch}});M.forEach(Dt,(e,t)=>{if(e){try{Object.defineProperty(e,"name",{__proto__:null,value:t})}catch(e){}Object.defineProperty(e,"adapterName",{__proto__:null,value:t})}});const renderReason=e=>`- ${e}`,isResolvedHandle=e=>M.isFunction(e)||null===e||!1===e;const Ut={getAdapter:function(e,t){e=M.isArray(e)?e:[e];const{length:n}=e;let a,o;const i={};for(let r=0;r<n;r++){let n;if(a=e[r],o=a,!isResolvedHandle(a)&&(o=Dt[(n=String(a)).toLowerCase()],void 0===o))throw new Y(`Unknown adapter '${n}'`);if(o&&(M.isFunction(o)||(o=o.get(t))))break;i[n||"#"+r]=o}if(!o){const e=Object.entries(i).map(([e,t])=>`adapter ${e} `+(!1===t?"is not supported by the environment":"is not available in the build"));let t=n?e.length>1?"since :\n"+e.map(renderReason).join("\n"):" "+renderReason(e[0]):"as no adapter specified";throw new Y("There is no suitable adapter to dispatch the request "+t,Y.ERR_NOT_SUPPORT)}return o},adapters:Dt};function throwIfCancellationRequested(e){if(e.cancelToken&&e.cancelToken.throwIfRequested(),e.signal&&e.signal.aborted)throw new ke(null,e)}function elapsedSince(e,t){return Math.max(0,Math.round(e()-t))}function dispatchRequest(e){const t=M.toSafeFlatObject(e);throwIfCancellationRequested(t),t.headers=K.from(M.getSafeProp(t,"headers")),t.data=transformData.call(t,t.transformRequest),-1!==["post","put","patch"].indexOf(t.method)&&t.headers.setContentType("application/x-www-form-urlencoded",!1);const n=Ut.getAdapter(t.adapter||_e.adapter,t),a="undefined"!=typeof performance&&M.isFunction(performance.now)?()=>performance.now():Date.now,o=a();return n(t).then(function(e){throwIfCancellationRequested(t),e.duration=elapsedSince(a,o),t.response=e;try{e.data=transformData.call(t,t.transformResponse,e)}finally{delete t.response}return e.headers=K.from(e.headers),e},function(e){if(!isCancel(e)&&(throwIfCancellationRequested(t),e&&e.response)){e.response.duration=elapsedSince(a,o),t.response=e.response;try{e.response.data=transformData.call(t,t.transformResponse,e.response)}finally{delete t.response}e.response.headers=K.from(e.response.headers)}return Promise.reject(e)})}const Lt={};["object","boolean","number","function","string","symbol"].forEach((e,t)=>{Lt[e]=function(n){return typeof n===e||"a"+(t<1?"n ":" ")+e}});const Ft={};Lt.transitional=function(e,t,n){function formatMessage(e,t){return"[Axios v"+$e+"] Transitional option '"+e+"'"+t+(n?". "+n:"")}return(n,a,o)=>{if(!1===e)throw new Y(formatMessage(a," has been removed"+(t?" in "+t:"")),Y.ERR_DEPRECATED);return t&&!Ft[a]&&(Ft[a]=!0,console.warn(formatMessage(a," has been deprecated since v"+t+" and will be removed in the near future"))),!e||e(n,a,o)}},Lt.spelling=function(e){return(t,n)=>(console.warn(`${n} is likely a misspelling of ${e}`),!0)};const Bt={assertOptions:function(e,t,n){if("object"!=typeof e||null===e)throw new Y("options must be an object",Y.ERR_BAD_OPTION_VALUE);const a=Object.keys(e);let o=a.length;for(;o-- >0;){const i=a[o],r=Object.prototype.hasOwnProperty.call(t,i)?t[i]:void 0;if(r){const t=e[i],n=void 0===t||r(t,i,e);if(!0!==n)throw new Y("option "+i+" must be "+n,Y.ERR_BAD_OPTION_VALUE);continue}if(!0!==n)throw new Y("Unknown option "+i,Y.ERR_BAD_OPTION)}},validators:Lt},qt=Bt.validators,isHeadersBucket=e=>{if(null==e||M.isPlainObject(e)||e instanceof K)return!0;try{return M.isObject(e)&&"AxiosHeaders"===M.getSafeProp(e,Symbol.toStringTag)&&["toJSON","set","get","has","delete","clear","normalize","concat","toString",Symbol.iterator].every(t=>M.isFunction(M.getSafeProp(e,t)))}catch(e){return!1}};class Axios{constructor(e){this.defaults=e||{},this.interceptors={request:new ie,response:new ie}}async request(e,t){try{return await this._request(e,t)}catch(e){if(e instanceof Error)try{let t={};Error.captureStackTrace?Error.captureStackTrace(t):t=new Error;const n=t.stack;let a="";if("string"==typeof n){const e=n.indexOf("\n");a=-1===e?"":n.slice(e+1)}if(e.stack){if(a){const t=a.indexOf("\n"),n=-1===t?-1:a.indexOf("\n",t+1),o=-1===n?a:a.slice(n+1),i=String(e.stack),r=function(e,t){const n=M.hasOwnProp(e,X)&&e[X];return n&&t.endsWith(n)?t.length-n.length:-1}(e,i),s=-1===r?i:i.slice(0,r),c=-1===r?"":i.slice(r);s.endsWith(o)||(e.stack=s+"\n"+a+c)}}else e.stack=a}catch(e){}throw e}}_request(e,t){"string"==typeof e?(t=t||{}).url=e:t=e||{},t=mergeConfig(this.defaults,t);const{transitional:n,paramsSerializer:a,headers:o}=t;void 0!==n&&Bt.assertOptions(n,{silentJSONParsing:qt.transitional(qt.boolean),forcedJSONParsing:qt.transitional(qt.boolean),clarifyTimeoutError:qt.transitional(qt.boolean),legacyInterceptorReqResOrdering:qt.transitional(qt.boolean),advertiseZstdAcceptEncoding:qt.transitional(qt.boolean),validateStatusUndefinedResolves:qt.transitional(qt.boolean),encodeBasicAuthUsername:qt.transitional(qt.boolean)},!1),null!=a&&(M.isFunction(a)?t.paramsSerializer={serialize:a}:Bt.assertOptions(a,{encode:qt.function,serialize:qt.function},!0)),void 0!==t.allowAbsoluteUrls||(M.hasOwnProp(this.defaults,"allowAbsoluteUrls")&&void 0!==this.defaults.allowAbsoluteUrls?t.allowAbsoluteUrls=this.defaults.allowAbsoluteUrls:t.allowAbsoluteUrls=!0),Bt.assertOptions(t,{baseUrl:qt.spelling("baseURL"),withXsrfToken:qt.spelling("withXSRFToken")},!0),t.method=(M.getSafeProp(t,"method")||M.getSafeProp(this.defaults,"method")||"get").toLowerCase();const i=M.getSafeProp(o,"common"),r=M.getSafeProp(o,t.method),s=o&&M.merge(isHeadersBucket(i)?i:void 0,isHeadersBucket(r)?r:void 0);o&&M.forEach(ye.concat("common"),e=>{isHeadersBucket(M.getSafeProp(o,e))&&delete o[e]}),t.headers=K.concat(s,o);const c=[];let p=!0;this.interceptors.request.forEach(function(e){if("function"==typeof e.runWhen&&!1===e.runWhen(t))return;p=p&&e.synchronous;const n=t.transitional||re;n&&n.legacyInterceptorReqResOrdering?c.unshift(e.fulfilled,e.rejected):c.push(e.fulfilled,e.rejected)});const u=[];let l;this.interceptors.response.forEach(function(e){u.push(e.fulfilled,e.rejected)});let d,m=0;if(!p){const e=[dispatchRequest.bind(this),void 0];for(e.unshift(...c),e.push(...u),d=e.length,l=Promise.resolve(t);m<d;)l=l.then(e[m++],e[m++]);return l}d=c.length;let f=t;for(;m<d;){const e=c[m++],t=c[m++];try{f=e?e(f):f}catch(e){if(!t){l=Promise.reject(e);break}try{const n=t.call(this,e);M.isThenable(n)&&(l=Promise.resolve(n).then(()=>dispatchRequest.call(this,f)))}catch(e){l=Promise.reject(e)}break}}if(!l)try{l=dispatchRequest.call(this,f)}catch(e){l=Promise.reject(e)}for(m=0,d=u.length;m<d;)l=l.then(u[m++],u[m++]);return l}getUri(e){return buildURL(buildFullPath((e=mergeConfig(this.defaults,e)).baseURL,e.url,e.allowAbsoluteUrls,e),e.params,e.paramsSerializer)}}M.forEach(["delete","get","head","options"],function(e){Axios.prototype[e]=async function(t,n){return this.request(mergeConfig(n||{},{method:e,url:t,data:n&&M.hasOwnProp(n,"data")?n.data:void 0}))}}),M.forEach(["post","put","patch","query"],function(e){function generateHTTPMethod(t){return async function(n,a,o){return this.request(mergeConfig(o||{},{method:e,headers:t?{"Content-Type":"multipart/form-data"}:{},url:n,data:a}))}}Axios.prototype[e]=generateHTTPMethod(),"query"!==e&&(Axios.prototype[e+"Form"]=generateHTTPMethod(!0))});const Mt=Axios;class CancelToken{constructor(e){if("function"!=typeof e)throw new TypeError("executor must be a function.");let t;this.promise=new Promise(function(e){t=e});const n=this;this.promise.then(e=>{if(!n._listeners)return;let t=n._listeners.length;for(;t-- >0;)n._listeners[t](e);n._listeners=null}),this.promise.then=e=>{let t;const a=new Promise(e=>{n.subscribe(e),t=e}).then(e);return a.cancel=function(){n.unsubscribe(t)},a},e(function(e,a,o){n.reason||(n.reason=new ke(e,a,o),t(n.reason))})}throwIfRequested(){if(this.reason)throw this.reason}subscribe(e){this.reason?e(this.reason):this._listeners?this._listeners.push(e):this._listeners=[e]}unsubscribe(e){if(!this._listeners)return;const t=this._listeners.indexOf(e);-1!==t&&this._listeners.splice(t,1)}toAbortSignal(){const e=new AbortController,abort=t=>{e.abort(t)};return this.subscribe(abort),e.signal.unsubscribe=()=>this.unsubscribe(abort),e.signal}static source(){let e;return{token:new CancelToken(function(t){e=t}),cancel:e}}}const Zt=CancelToken;const Ht={Continue:100,SwitchingProtocols:101,Processing:102,EarlyHints:103,Ok:200,Created:201,Accepted:202,NonAuthoritativeInformation:203,NoContent:204,ResetContent:205,PartialContent:206,MultiStatus:207,AlreadyReported:208,ImUsed:226,MultipleChoices:300,MovedPermanently:301,Found:302,SeeOther:303,NotModified:304,UseProxy:305,Unused:306,TemporaryRedirect:307,PermanentRedirect:308,BadRequest:400,Unauthorized:401,PaymentRequired:402,Forbidden:403,NotFound:404,MethodNotAllowed:405,NotAcceptable:406,ProxyAuthenticationRequired:407,RequestTimeout:408,Conflict:409,Gone:410,LengthRequired:411,PreconditionFailed:412,PayloadTooLarge:413,ContentTooLarge:413,UriTooLong:414,UnsupportedMediaType:415,RangeNotSatisfiable:416,ExpectationFailed:417,ImATeapot:418,MisdirectedRequest:421,UnprocessableEntity:422,UnprocessableContent:422,Locked:423,FailedDependency:424,TooEarly:425,UpgradeRequired:426,PreconditionRequired:428,TooManyRequests:429,RequestHeaderFieldsTooLarge:431,UnavailableForLegalReasons:451,InternalServerError:500,NotImplemented:501,BadGateway:502,ServiceUnavailable:503,GatewayTimeout:504,HttpVersionNotSupported:505,VariantAlsoNegotiates:506,InsufficientStorage:507,LoopDetected:508,NotExtended:510,NetworkAuthenticationRequired:511,WebServerReturnsAnUnknownError:520,WebServerIsDown:521,ConnectionTimedOut:522,OriginIsUnreachable:523,TimeoutOccurred:524,SslHandshakeFailed:525,InvalidSslCertificate:526};Object.entries(Ht).forEach(([e,t])=>{void 0===Ht[t]&&(Ht[t]=e)});const Vt=Ht;const Jt=function createInstance(e){const t=new Mt(e),n=bind(Mt.prototype.request,t);return M.extend(n,Mt.prototype,t,{allOwnKeys:!0}),M.extend(n,t,null,{allOwnKeys:!0}),n.create=function(t){return createInstance(mergeConfig(e,t))},n}(_e);Jt.Axios=Mt,Jt.CanceledError=ke,Jt.CancelToken=Zt,Jt.isCancel=isCancel,Jt.VERSION=$e,Jt.toFormData=helpers_toFormData,Jt.AxiosError=Y,Jt.Cancel=Jt.CanceledError,Jt.all=function(e){return Promise.all(e)},Jt.spread=function(e){return function(t){return e.apply(null,t)}},Jt.isAxiosError=function(e){return M.isObject(e)&&!0===e.isAxiosError},Jt.mergeConfig=mergeConfig,Jt.AxiosHeaders=K,Jt.formToJSON=e=>helpers_formDataToJSON(M.isHTMLForm(e)?new FormData(e):e),Jt.getAdapter=Ut.getAdapter,Jt.HttpStatusCode=Vt,Jt.default=Jt;const Wt=Jt},15521:(e,t,n)=>{n.d(t,{ht:()=>probit});var a=1e-4;var BayesianClassifier=function(){this.totalCount=0,this.data={}};BayesianClassifier.prototype.train=function(e,t){for(var n in this.data[t]||(this.data[t]={}),e){var a=e[n];void 0===this.data[t][n]&&(this.data[t][n]={}),void 0===this.data[t][n][a]&&(this.data[t][n][a]=0),this.data[t][n][a]++}this.totalCount++},BayesianClassifier.prototype.score=function(e){var t,n={};for(var a in e){var o=e[a];for(t in this.data)void 0===n[t]&&(n[t]={}),this.data[t][a]?n[t][a+"_"+o]=(this.data[t][a][o]||0)/this.totalCount:n[t][a+"_"+o]=0}var i={};for(t in n)for(var r in i[t]=0,n[t])i[t]+=n[t][r];return i};Math.log(Math.sqrt(2*Math.PI));var o=Math.sqrt(2*Math.PI);function cumulativeDistribution(e){for(var t=e,n=e,a=1;a<30;a++)t+=n*=e*e/(2*a+1);return Math.round(1e4*(.5+t/o*Math.exp(-e*e/2)))/1e4}for(var i=[],r=0;r<=3.09;r+=.01)i.push(cumulativeDistribution(r));Math.sqrt(2*Math.PI);var PerceptronModel=function(){this.weights=[],this.bias=0};function probit(e){return 0===e?e=a:e>=1&&(e=1-a),Math.sqrt(2)*(t=2*e-1,n=8*(Math.PI-3)/(3*Math.PI*(4-Math.PI)),o=Math.sqrt(Math.sqrt(Math.pow(2/(Math.PI*n)+Math.log(1-t*t)/2,2)-Math.log(1-t*t)/n)-(2/(Math.PI*n)+Math.log(1-t*t)/2)),t>=0?o:-o);var t,n,o}PerceptronModel.prototype.predict=function(e){if(e.length!==this.weights.length)return null;for(var t=0,n=0;n<this.weights.length;n++)t+=this.weights[n]*e[n];return(t+=this.bias)>0?1:0},PerceptronModel.prototype.train=function(e,t){if(0!==t&&1!==t)return null;e.length!==this.weights.length&&(this.weights=e.slice(),this.bias=1);var n=this.predict(e);if("number"==typeof n&&n!==t){for(var a=t-n,o=0;o<this.weights.length;o++)this.weights[o]+=a*e[o];this.bias+=a}return this}},38816:(e,t,n)=>{function getEnumValues(e){const t=Object.values(e).filter(e=>"number"==typeof e);return Object.entries(e).filter(([e,n])=>-1===t.indexOf(+e)).map(([e,t])=>t)}function joinValues(e,t="|"){return e.map(e=>stringifyPrimitive(e)).join(t)}function jsonStringifyReplacer(e,t){return"bigint"==typeof t?t.toString():t}n.d(t,{YOg:()=>array,zMY:()=>schemas_boolean,k5n:()=>schemas_enum,aig:()=>schemas_number,Ikc:()=>object,YjP:()=>schemas_string,KCZ:()=>union});class Cached{constructor(e){this._getter=e,this._value=void 0}get value(){const e=this._getter;return void 0!==e&&(this._value=e(),this._getter=void 0),this._value}}function cached(e){return new Cached(e)}function cleanRegex(e){const t=e.startsWith("^")?1:0,n=e.endsWith("$")?e.length-1:e.length;return e.slice(t,n)}function util_assignProp(e,t,n){Object.defineProperty(e,t,{value:n,writable:!0,enumerable:!0,configurable:!0})}function rawShape(e){const t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function sourceShape(e){return rawShape(e._zod.def)??e._zod.def.shape}function deferProp(e,t,n){Object.defineProperty(e,t,{get(){const e=n();return util_assignProp(this,t,e),e},enumerable:!0,configurable:!0})}function putProp(e,t,n){t in e?util_assignProp(e,t,n):e[t]=n}function mirrorShape(e,t,n,a){const o=sourceShape(t);for(const i of n){const n=Object.getOwnPropertyDescriptor(o,i);n.enumerable&&(n.get?deferProp(e,i,()=>{const e=t._zod.def.shape[i];return a?a(e,i):e}):putProp(e,i,a?a(n.value,i):n.value))}}function mergeDefs(...e){const t={};for(const n of e){const e=Object.getOwnPropertyDescriptors(n);Object.assign(t,e)}return Object.defineProperties({},t)}function esc(e){return JSON.stringify(e)}const a="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function util_isObject(e){return"object"==typeof e&&null!==e&&!Array.isArray(e)}const o=cached(()=>{if(h.jitless)return!1;if("undefined"!=typeof navigator&&navigator?.userAgent?.includes("Cloudflare"))return!1;try{return new Function(""),!0}catch(e){return!1}});function isPlainObject(e){if(!1===util_isObject(e))return!1;const t=e.constructor;if(void 0===t)return!0;if("function"!=typeof t)return!0;const n=t.prototype;return!1!==util_isObject(n)&&!1!==Object.prototype.hasOwnProperty.call(n,"isPrototypeOf")}function shallowClone(e){return isPlainObject(e)?{...e}:Array.isArray(e)?[...e]:e instanceof Map?new Map(e):e instanceof Set?new Set(e):e}const i=new Set(["string","number","symbol"]);function escapeRegex(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function clone(e,t,n){const a=new e._zod.constr(t??e._zod.def);return t&&!n?.parent||(a._zod.parent=e),a}function normalizeParams(e){const t=e;if(!t)return{};if("string"==typeof t)return{error:()=>t};if(void 0!==t?.message){if(void 0!==t?.error)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}return delete t.message,"string"==typeof t.error?{...t,error:()=>t.error}:t}function stringifyPrimitive(e){return"bigint"==typeof e?e.toString()+"n":"string"==typeof e?`"${e}"`:`${e}`}const r=(()=>({safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]}))(),s={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function maskedKeys(e,t){const n=sourceShape(e),a=[];for(const e of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(n,e)?.enumerable)throw new Error(`Unrecognized key: "${String(e)}"`);t[e]&&a.push(e)}return a}function extended(e,t){const n={};return mirrorShape(n,e,Reflect.ownKeys(sourceShape(e))),function(e,t){for(const n of Reflect.ownKeys(t)){const a=Object.getOwnPropertyDescriptor(t,n);a.enumerable&&(a.get?deferProp(e,n,()=>t[n]):putProp(e,n,a.value))}}(n,t),n}function partial(e,t,n,a="partial"){const o=t._zod.def.checks;if(o&&o.length>0)throw new Error(`.${a}() cannot be used on object schemas containing refinements`);const i=n?new Set(maskedKeys(t,n)):void 0,r={};return mirrorShape(r,t,Reflect.ownKeys(sourceShape(t)),e&&((t,n)=>i&&!i.has(n)?t:new e({type:"optional",innerType:t}))),clone(t,mergeDefs(t._zod.def,{shape:r,checks:[]}))}function aborted(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!0!==e.issues[n]?.continue)return!0;return!1}function explicitlyAborted(e,t=0){if(!0===e.aborted)return!0;for(let n=t;n<e.issues.length;n++)if(!1===e.issues[n]?.continue)return!0;return!1}function prefixIssues(e,t){return t.map(t=>{var n;return(n=t).path??(n.path=[]),t.path.unshift(e),t})}function unwrapMessage(e){return"string"==typeof e?e:e?.message}function sizeCaps(e){const t=[];for(const n of e??[]){const e=n._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;const a=e.maximum??e.length??e.size;a>=0&&t.push([a,n])}return t}function attachSchema(e,t,n){var a;for(let o=t;o<e.length;o++)(a=e[o]).schema??(a.schema=n)}function finalizeIssue(e,t,n){var a;const o=e.inst?._zod?.traits;o?.has("$ZodType")&&(o.has("$ZodCheck")?(a=e).schema??(a.schema=e.inst):e.schema=e.inst);const i=e.schema!==e.inst?e.schema?._zod.def?.error:void 0,r=e.message?e.message:unwrapMessage(e.inst?._zod.def?.error?.(e))??unwrapMessage(i?.(e))??unwrapMessage(t?.error?.(e))??unwrapMessage(n.customError?.(e))??unwrapMessage(n.localeError?.(e))??"Invalid input",s={};for(const t of Object.keys(e))"inst"!==t&&"schema"!==t&&"continue"!==t&&"input"!==t&&"__proto__"!==t&&(s[t]=e[t]);return s.path??(s.path=[]),s.message=r,t?.reportInput&&(s.input=e.input),s}const c=/[\uD800-\uDBFF]/;function codePointLength(e){const t=e.length;if(!c.test(e))return t;let n=t;for(let a=0;a<t-1;a++)55296==(64512&e.charCodeAt(a))&&56320==(64512&e.charCodeAt(a+1))&&(n--,a++);return n}function getLengthableOrigin(e){return Array.isArray(e)?"array":"string"==typeof e?"string":"unknown"}function util_issue(...e){const[t,n,a]=e;return"string"==typeof t?{message:t,code:"custom",input:n,inst:a}:{...t}}function own(e,t,n,a=!0){return Object.defineProperty(e,t,{configurable:!0,writable:!0,enumerable:a,value:n}),n}function hide(e,t,n){return own(e,t,n,!1)}function derived(e,t){for(const n in e){const a=e[n];Object.defineProperty(t,n,{configurable:!0,enumerable:!0,get(){return own(this,n,a(this))},set(e){own(this,n,e)}})}return t}function defineBound(e,t,n){Object.defineProperty(e,t,{configurable:!0,get(){return null==this?n:own(this,t,n.bind(this))},set(e){own(this,t,e)}})}let p,u=!1;const l={configurable:!0,get(){u=!0}};function defineLazyInternal(e,t,n){const a=Object.getPrototypeOf(e._zod);t in a&&p!==e._zod?p=void 0:(p=e._zod,Object.defineProperty(a,t,{configurable:!0,get(){Object.defineProperty(this,t,l);const e=u;u=!1;try{const a=n(this);return u?delete this[t]:Object.defineProperty(this,t,{configurable:!0,writable:!0,value:a}),u=u||e,a}catch(n){throw delete this[t],u=u||e,n}},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,value:e})}}))}function installLazyProp(e,t,n,a){const o=function(e,t){const n=Object.getPrototypeOf(e);return t in n?void 0:n}(e,t);o&&Object.defineProperty(o,t,{configurable:!0,get(){const e={configurable:!0,writable:!0,enumerable:a,value:void 0};return Object.defineProperty(this,t,e),e.value=n(this),Object.defineProperty(this,t,e),e.value},set(e){Object.defineProperty(this,t,{configurable:!0,writable:!0,enumerable:a,value:e})}})}function constantCatch(e){const fn=()=>e;return fn["~constantCatch"]=!0,fn}var d;const m={value:void 0,enumerable:!1};let f="captureStackTrace"in Error?Error:null;function $constructor(e,t,n,a){function Internals(e){this.def=e,this.constr=_,this.traits=new Set}Internals.prototype={};const o=n,i=o&&new WeakSet;function init(n,a){if(n._zod){if(n._zod.traits.has(e))return}else{m.value=new Internals(a);try{Object.defineProperty(n,"_zod",m)}finally{m.value=void 0}}if(n._zod.traits.add(e),t(n,a),i){const e=Object.getPrototypeOf(n),t=n._zod.constr.prototype;let a=e;for(;a&&a!==t;)a=Object.getPrototypeOf(a);const r=a??e;i.has(r)||(i.add(r),function(e,t){for(const n in t){const a=Object.getOwnPropertyDescriptor(t,n);a.get?Object.defineProperty(e,n,{...a,enumerable:!1}):defineBound(e,n,a.value)}}(r,o))}const r=_.prototype;for(const e in r)Object.prototype.hasOwnProperty.call(r,e)&&(e in n||(n[e]=r[e].bind(n)))}const r=a?.Parent??Object;class Definition extends r{}function _(e){const t=a?.Parent?function(e){const t=f;if(t){const n=t.stackTraceLimit;if("number"==typeof n){try{t.stackTraceLimit=0}catch{return f=null,new e}try{return new e}finally{t.stackTraceLimit=n}}}return new e}(Definition):this;init(t,e);const n=t._zod.deferred;if(n){for(const e of n)e();t._zod.deferred=void 0}const o=globalThis.__zod_globalConfig?.postProcessor;return o&&o(t),t}return Object.defineProperty(Definition,"name",{value:e}),Object.defineProperty(_,"init",{value:init}),Object.defineProperty(_,Symbol.hasInstance,{value:t=>!!(a?.Parent&&t instanceof a.Parent)||t?._zod?.traits?.has(e)}),Object.defineProperty(_,"name",{value:e}),_}class $ZodAsyncError extends Error{constructor(){super("Encountered Promise during synchronous parse. Use .parseAsync() instead.")}}class $ZodEncodeError extends Error{constructor(e){super(`Encountered unidirectional transform during encode: ${e}`),this.name="ZodEncodeError"}}(d=globalThis).__zod_globalConfig??(d.__zod_globalConfig={});const h=globalThis.__zod_globalConfig;function config(e){return e&&Object.assign(h,e),h}class $ZodCyclicError extends Error{constructor(){super("Cannot parse a reference cycle that closes through a transform"),this.name="ZodCyclicError"}}const x="~memo",v=[];function isRef(e){return null!==e&&"object"==typeof e}function cloneIssues(e){return e.map(e=>e.path?{...e,path:e.path.slice()}:{...e})}const g=new WeakMap;function isRecursive(e,t,n){const a=g.get(e);if(void 0!==a)return a?2:0;if(t.has(e))return 2;t.add(e);let o=0;const check=e=>{if(2!==o&&e?._zod){const a=isRecursive(e,t,n);a>o&&(o=a)}},merge=e=>{e>o&&(o=e)},i=e._zod.def,r=i.type;switch(r){case"object":{const e=rawShape(i);merge(e?((e,a)=>{let o=0;for(const i of Reflect.ownKeys(e)){const r=Object.getOwnPropertyDescriptor(e,i);if(a&&!r.enumerable)continue;const s=r.get?1:r.value?._zod?isRecursive(r.value,t,n):0;s>o&&(o=s)}return o})(e,!0):1),check(i.catchall);break}case"array":check(i.element);break;case"tuple":for(const e of i.items)check(e);check(i.rest);break;case"record":case"map":check(i.keyType),check(i.valueType);break;case"set":check(i.valueType);break;case"union":for(const e of i.options)check(e);break;case"intersection":check(i.left),check(i.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":check(i.innerType);break;case"pipe":check(i.in),check(i.out);break;case"function":check(i.input),check(i.output);break;case"lazy":{const a=i._cachedInner??(n?e._zod.innerType:void 0);merge(a?isRecursive(a,t,!1):1);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:for(const e in i){const t=Object.getOwnPropertyDescriptor(i,e);if(!t||t.get)continue;const n=t.value;if(n&&"object"==typeof n)if(n._zod)check(n);else if(Array.isArray(n))for(const e of n)check(e)}}return t.delete(e),function(e,t){1!==t&&g.set(e,2===t);return t}(e,o)}let b;const y=[],w={alloc(e,t,n){const a=b;if(!a)return n;b=void 0;const o={value:n,issues:null};return a.set(t.value,o),y.push(o),n},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{const t=e._zod.parse,wrapped=(e,n)=>{if("backward"!==n.direction&&function(e,t){const n=e[x]?.backEdges;return void 0!==n&&isRef(t)&&n.has(t)}(n,e.value))throw new $ZodCyclicError;return t(e,n)};e._zod.parse=wrapped,e._zod.run===t&&(e._zod.run=wrapped)})},attach(e){var t;let n,a,o,i=!1;(t=e._zod).deferred??(t.deferred=[]),e._zod.deferred.push(()=>{const t=e._zod.parse,wrapped=(r,s)=>{if(void 0===n){const a=isRecursive(e,new Set,!1);if(0===a)return e._zod.parse=t,e._zod.run===wrapped&&(e._zod.run=t),t(r,s);2===a||i?n=!0:i=!0}const c=r.value;if(!isRef(c))return t(r,s);let p,u=s[x];u||(u={buckets:new WeakMap,backEdges:void 0},s[x]=u),a===s?p=o:(p=function(e,t){let n=e.buckets.get(t);return n||(n=new WeakMap,e.buckets.set(t,n)),n}(u,e),a=s,o=p);const l=p.get(c);if(l)return r.value=l.value,l.issues?l.issues.length&&r.issues.push(...cloneIssues(l.issues)):(r.memo=!0,u.backEdges??(u.backEdges=new WeakSet),u.backEdges.add(l.value)),r;b=p;const d=y.length,m=t(r,s);b=void 0;const f=y.length>d?y.pop():void 0;return m instanceof Promise?m.then(e=>(f&&(f.issues=e.issues.length?cloneIssues(e.issues):v),e)):(f&&(f.issues=m.issues.length?cloneIssues(m.issues):v),m)};e._zod.parse=wrapped,e._zod.run===t&&(e._zod.run=wrapped)})}};const k=/^[cC][0-9a-z]{6,}$/,E=/^[0-9a-z]+$/,O=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/,S=/^[0-9a-vA-V]{20}$/,R=/^[A-Za-z0-9]{27}$/,j=/^[a-zA-Z0-9_-]{21}$/;const A=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/,z=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/,uuid=e=>e?new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`):/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/,P=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;const T=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/,C=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/,N=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/,$=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/,I=/^https?$/,D=/^\+[1-9]\d{6,14}$/,U="(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))";function regexes_anchor(e){return new RegExp(`^${e}$`)}const L=regexes_anchor(U);function timeSource(e){const t="(?:[01]\\d|2[0-3]):[0-5]\\d";return"number"==typeof e.precision?-1===e.precision?`${t}`:0===e.precision?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`}const F=/^[\s\S]{0,}$/,B=/^-?\d+(?:\.\d+)?$/,q=/^(?:true|false)$/i,M=/^[^A-Z]*$/,Z=/^[^a-z]*$/;const H=$constructor("$ZodCheck",(e,t)=>{var n;e._zod??(e._zod={}),e._zod.def=t,(n=e._zod).onattach??(n.onattach=[])}),_whenHasLength=e=>{const t=e.value;return!(n=t,null==n||void 0===t.length);var n},V={number:"number",bigint:"bigint",object:"date"},J=$constructor("$ZodCheckLessThan",(e,t)=>{H.init(e,t);const n=V[typeof t.value];e._zod.check=a=>{(t.inclusive?a.value<=t.value:a.value<t.value)||a.issues.push({origin:V[typeof a.value]??n,code:"too_big",maximum:"object"==typeof t.value?t.value.getTime():t.value,input:a.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),W=$constructor("$ZodCheckGreaterThan",(e,t)=>{H.init(e,t);const n=V[typeof t.value];e._zod.check=a=>{(t.inclusive?a.value>=t.value:a.value>t.value)||a.issues.push({origin:V[typeof a.value]??n,code:"too_small",minimum:"object"==typeof t.value?t.value.getTime():t.value,input:a.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}}),K=$constructor("$ZodCheckMultipleOf",(e,t)=>{H.init(e,t),e._zod.check=n=>{if(typeof n.value!=typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");("bigint"==typeof n.value?t.value!==BigInt(0)&&n.value%t.value===BigInt(0):0===function(e,t){const n=e/t,a=Math.round(n),o=4*Number.EPSILON*Math.max(Math.abs(n),1);return Math.abs(n-a)<o?0:n-a}(n.value,t.value))||n.issues.push({origin:typeof n.value,code:"not_multiple_of",divisor:t.value,input:n.value,inst:e,continue:!t.abort})}}),G=$constructor("$ZodCheckNumberFormat",(e,t)=>{H.init(e,t),t.format=t.format||"float64";const n=t.format?.includes("int"),a=n?"int":"number",[o,i]=r[t.format];e._zod.check=r=>{const s=r.value;if(n){if(!Number.isInteger(s))return void r.issues.push({expected:a,format:t.format,code:"invalid_type",continue:!1,input:s,inst:e});if(!Number.isSafeInteger(s))return void(s>0?r.issues.push({input:s,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:a,inclusive:!0,continue:!t.abort}):r.issues.push({input:s,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:a,inclusive:!0,continue:!t.abort}))}s<o&&r.issues.push({origin:"number",input:s,code:"too_small",minimum:o,inclusive:!0,inst:e,continue:!t.abort}),s>i&&r.issues.push({origin:"number",input:s,code:"too_big",maximum:i,inclusive:!0,inst:e,continue:!t.abort})}}),X=$constructor("$ZodCheckMaxLength",(e,t)=>{var n;H.init(e,t),(n=e._zod.def).when??(n.when=_whenHasLength),e._zod.check=n=>{const a=n.value,o=a.length;if(("string"==typeof a&&o>t.maximum?codePointLength(a):o)<=t.maximum)return;const i=getLengthableOrigin(a);n.issues.push({origin:i,code:"too_big",maximum:t.maximum,inclusive:!0,input:a,inst:e,continue:!t.abort})}}),Y=$constructor("$ZodCheckMinLength",(e,t)=>{var n;H.init(e,t),(n=e._zod.def).when??(n.when=_whenHasLength),e._zod.check=n=>{const a=n.value,o=a.length;if(("string"==typeof a&&o>=t.minimum&&o<2*t.minimum?codePointLength(a):o)>=t.minimum)return;const i=getLengthableOrigin(a);n.issues.push({origin:i,code:"too_small",minimum:t.minimum,inclusive:!0,input:a,inst:e,continue:!t.abort})}}),Q=$constructor("$ZodCheckLengthEquals",(e,t)=>{var n;H.init(e,t),(n=e._zod.def).when??(n.when=_whenHasLength),e._zod.check=n=>{const a=n.value,o=a.length,i="string"==typeof a&&o>=t.length&&o<=2*t.length?codePointLength(a):o;if(i===t.length)return;const r=getLengthableOrigin(a),s=i>t.length;n.issues.push({origin:r,...s?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:!0,exact:!0,input:n.value,inst:e,continue:!t.abort})}}),ee=$constructor("$ZodCheckStringFormat",(e,t)=>{var n,a;H.init(e,t),t.pattern?(n=e._zod).check??(n.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:t.format,input:n.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})}):(a=e._zod).check??(a.check=()=>{})}),te=$constructor("$ZodCheckRegex",(e,t)=>{ee.init(e,t),e._zod.check=n=>{t.pattern.lastIndex=0,t.pattern.test(n.value)||n.issues.push({origin:"string",code:"invalid_format",format:"regex",input:n.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}}),ne=$constructor("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=M),ee.init(e,t)}),ae=$constructor("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=Z),ee.init(e,t)}),oe=$constructor("$ZodCheckIncludes",(e,t)=>{H.init(e,t);const n=escapeRegex(t.includes),a=new RegExp("number"==typeof t.position?`^.{${t.position},}${n}`:n);t.pattern=a,e._zod.check=n=>{n.value.includes(t.includes,t.position)||n.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:n.value,inst:e,continue:!t.abort})}}),ie=$constructor("$ZodCheckStartsWith",(e,t)=>{H.init(e,t);const n=new RegExp(`^${escapeRegex(t.prefix)}.*`);t.pattern??(t.pattern=n),e._zod.check=n=>{n.value.startsWith(t.prefix)||n.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:n.value,inst:e,continue:!t.abort})}}),re=$constructor("$ZodCheckEndsWith",(e,t)=>{H.init(e,t);const n=new RegExp(`.*${escapeRegex(t.suffix)}$`);t.pattern??(t.pattern=n),e._zod.check=n=>{n.value.endsWith(t.suffix)||n.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:n.value,inst:e,continue:!t.abort})}});const se=$constructor("$ZodCheckOverwrite",(e,t)=>{H.init(e,t),e._zod.check=e=>{e.value=t.tx(e.value)}});class Doc{constructor(e=[],t={}){this.content=[],this.indent=0,this.args=e,this.closed=t}indented(e){this.indent+=1;try{e(this)}finally{this.indent-=1}}write(e){if("function"==typeof e)return e(this,{execution:"sync"}),void e(this,{execution:"async"});const t=e.split("\n").filter(e=>e),n=Math.min(...t.map(e=>e.length-e.trimStart().length)),a=t.map(e=>e.slice(n)).map(e=>" ".repeat(2*this.indent)+e);for(const e of a)this.content.push(e)}compile(){const e=Function,t=this?.content??[""];return new e(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`)(...Object.values(this.closed))}}const ce={major:4,minor:6,patch:7},pe=$constructor("$ZodType",(e,t)=>{var n;e??(e={}),e._zod.def=t,e._zod.bag=e._zod.bag||{},e._zod.version=ce;const a=e._zod.def.checks,o=e._zod.traits.has("$ZodCheck")?[e,...a??[]]:a?.length?[...a]:[];for(const t of o)for(const n of t._zod.onattach)n(e);if(0===o.length)(n=e._zod).deferred??(n.deferred=[]),e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse});else{const runChecks=(t,n,a)=>{if(t.memo)return t;let o,i=aborted(t);for(const r of n){if(r._zod.def.when){if(explicitlyAborted(t))continue;if(!r._zod.def.when(t))continue}else if(i)continue;const n=t.issues.length,s=r._zod.check(t);if(s instanceof Promise&&!1===a?.async)throw new $ZodAsyncError;if(o||s instanceof Promise)o=(o??Promise.resolve()).then(async()=>{await s;t.issues.length!==n&&(attachSchema(t.issues,n,e),i||(i=aborted(t,n)))});else{if(t.issues.length===n)continue;attachSchema(t.issues,n,e),i||(i=aborted(t,n))}}return o?o.then(()=>t):t},handleCanaryResult=(t,n,a)=>{if(aborted(t))return t.aborted=!0,t;const i=runChecks(n,o,a);if(i instanceof Promise){if(!1===a.async)throw new $ZodAsyncError;return i.then(t=>e._zod.parse(t,a))}return e._zod.parse(i,a)};e._zod.run=(t,n)=>{if(n.skipChecks)return e._zod.parse(t,n);if("backward"===n.direction){const a=e._zod.parse({value:t.value,issues:[]},{...n,skipChecks:!0});return a instanceof Promise?a.then(e=>handleCanaryResult(e,t,n)):handleCanaryResult(a,t,n)}const a=e._zod.parse(t,n);if(a instanceof Promise){if(!1===n.async)throw new $ZodAsyncError;return a.then(e=>runChecks(e,o,n))}return runChecks(a,o,n)}}},{get"~standard"(){return hide(this,"~standard",standardProps(this))},set"~standard"(e){own(this,"~standard",e)}}),toStandardResult=(e,t)=>e.issues.length?{issues:e.issues.map(e=>finalizeIssue(e,t,config()))}:{value:e.value};function standardProps(e){return{validate:t=>{const n={async:!1};try{const a=e._zod.run({value:t,issues:[]},n);if(!(a instanceof Promise))return toStandardResult(a,n)}catch(e){}return async function(e,t){const n={async:!0};return toStandardResult(await e._zod.run({value:t,issues:[]},n),n)}(e,t)},vendor:"zod",version:1}}const ue=$constructor("$ZodString",(e,t)=>{pe.init(e,t),e._zod.pattern=t.pattern??F,e._zod.parse=(n,a)=>{if(t.coerce)try{n.value=String(n.value)}catch(a){}return"string"==typeof n.value||n.issues.push({expected:"string",code:"invalid_type",input:n.value,inst:e}),n}}),le=$constructor("$ZodStringFormat",(e,t)=>{ee.init(e,t),ue.init(e,t)}),de=$constructor("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=z),le.init(e,t)}),me=$constructor("$ZodUUID",(e,t)=>{if(t.version){const e={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8}[t.version];if(void 0===e)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=uuid(e))}else t.pattern??(t.pattern=uuid());le.init(e,t)}),fe=$constructor("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=P),le.init(e,t)});function canParseURL(e){try{return"undefined"!=typeof URL&&"function"==typeof URL.canParse?URL.canParse(e):(new URL(e),!0)}catch{return!1}}function validateURL(e,t){return"normalize"in t||"hostname"in t||"protocol"in t?function(e,t){if(!t.normalize&&t.protocol?.source===I.source&&!/^https?:\/\//i.test(e))return 1;try{if("undefined"!=typeof URL){const t=URL;if("function"==typeof t.parse)return t.parse(e)??2}return new URL(e)}catch{return 2}}(e,t):canParseURL(e)||2}const he=/[\t\n\r]/g;function stripTabAndNewline(e){return e.replace(he,"")}const xe=$constructor("$ZodURL",(e,t)=>{le.init(e,t),e._zod.check=n=>{try{const a=n.value.trim(),o=validateURL(a,t);return 1===o?void n.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:n.value,inst:e,continue:!t.abort}):2===o?void n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort}):!0===o?void(n.value=stripTabAndNewline(a)):(t.hostname&&!function(e,t){return t.lastIndex=0,t.test(e.hostname)}(o,t.hostname)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:n.value,inst:e,continue:!t.abort}),t.protocol&&!function(e,t){return t.lastIndex=0,t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}(o,t.protocol)&&n.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:n.value,inst:e,continue:!t.abort}),void(n.value=t.normalize?o.href:stripTabAndNewline(a)))}catch(a){n.issues.push({code:"invalid_format",format:"url",input:n.value,inst:e,continue:!t.abort})}}}),ve=$constructor("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=new RegExp("^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$","u")),le.init(e,t)}),ge=$constructor("$ZodNanoID",(e,t)=>{if(void 0!==t.length&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);var n;t.pattern??(t.pattern=void 0===t.length?j:(n=t.length,new RegExp(`^[a-zA-Z0-9_-]{${n}}$`))),le.init(e,t)}),be=$constructor("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=k),le.init(e,t)}),ye=$constructor("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=E),le.init(e,t)}),we=$constructor("$ZodULID",(e,t)=>{t.pattern??(t.pattern=O),le.init(e,t)}),_e=$constructor("$ZodXID",(e,t)=>{t.pattern??(t.pattern=S),le.init(e,t)}),ke=$constructor("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=R),le.init(e,t)}),Ee=$constructor("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=function(e){const t=["Z"];e.offset&&t.push("([+-](?:[01]\\d|2[0-3]):[0-5]\\d)");const n=`${timeSource({precision:e.precision,seconds:!0})}(?:${t.join("|")})`,a=e.local?`${n}|${timeSource({precision:e.precision})}`:n;return new RegExp(`^${U}T(?:${a})$`)}(t)),le.init(e,t)}),Oe=$constructor("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=L),le.init(e,t)}),Se=$constructor("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=new RegExp(`^${timeSource(t)}$`)),le.init(e,t)}),Re=$constructor("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=A),le.init(e,t)}),je=$constructor("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=T),le.init(e,t)}),Ae=/^[0-9a-fA-F:.]+$/;function isValidIPv6(e){return!!Ae.test(e)&&canParseURL(`http://[${e}]`)}const ze=$constructor("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=C),le.init(e,t),e._zod.check=n=>{isValidIPv6(n.value)||n.issues.push({code:"invalid_format",format:"ipv6",input:n.value,inst:e,continue:!t.abort})}}),Pe=$constructor("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=N),le.init(e,t)});const Te=$constructor("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=$),le.init(e,t),e._zod.check=n=>{(function(e){const t=e.split("/");if(2!==t.length)return!1;const[n,a]=t;if(!a)return!1;const o=Number(a);return`${o}`===a&&!(o<0||o>128)&&isValidIPv6(n)})(n.value)||n.issues.push({code:"invalid_format",format:"cidrv6",input:n.value,inst:e,continue:!t.abort})}});function isValidBase64(e){if(""===e)return!0;if(/\s/.test(e))return!1;if(e.length%4!=0)return!1;try{return atob(e),!0}catch{return!1}}const Ce=/^[0-9a-zA-Z+/]*={0,2}$/,Ne=$constructor("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=Ce),le.init(e,t),e._zod.check=n=>{isValidBase64(n.value)||n.issues.push({code:"invalid_format",format:"base64",input:n.value,inst:e,continue:!t.abort})}}),$e=/^[A-Za-z0-9_-]*$/;const Ie=$constructor("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=$e),le.init(e,t),e._zod.check=n=>{(function(e){if(!$e.test(e))return!1;const t=e.replace(/[-_]/g,e=>"-"===e?"+":"/");return isValidBase64(t.padEnd(4*Math.ceil(t.length/4),"="))})(n.value)||n.issues.push({code:"invalid_format",format:"base64url",input:n.value,inst:e,continue:!t.abort})}}),De=$constructor("$ZodE164",(e,t)=>{t.pattern??(t.pattern=D),le.init(e,t)});const Ue=$constructor("$ZodJWT",(e,t)=>{le.init(e,t),e._zod.check=n=>{(function(e,t=null){try{const n=e.split(".");if(3!==n.length)return!1;const[a]=n;if(!a)return!1;const o=JSON.parse(atob(a));return!("typ"in o&&"JWT"!==o?.typ||!o.alg||t&&(!("alg"in o)||o.alg!==t))}catch{return!1}})(n.value,t.alg)||n.issues.push({code:"invalid_format",format:"jwt",input:n.value,inst:e,continue:!t.abort})}}),Le=$constructor("$ZodNumber",(e,t)=>{pe.init(e,t),e._zod.pattern=B,e._zod.parse=(n,a)=>{if(t.coerce)try{n.value=Number(n.value)}catch(e){}const o=n.value;if("number"==typeof o&&!Number.isNaN(o)&&Number.isFinite(o))return n;const i="number"==typeof o?Number.isNaN(o)?"NaN":Number.isFinite(o)?void 0:String(o):void 0;return n.issues.push({expected:"number",code:"invalid_type",input:o,inst:e,...i?{received:i}:{}}),n}}),Fe=$constructor("$ZodNumberFormat",(e,t)=>{G.init(e,t),Le.init(e,t)}),Be=$constructor("$ZodBoolean",(e,t)=>{pe.init(e,t),e._zod.pattern=q,e._zod.parse=(n,a)=>{if(t.coerce)try{n.value=Boolean(n.value)}catch(e){}const o=n.value;return"boolean"==typeof o||n.issues.push({expected:"boolean",code:"invalid_type",input:o,inst:e}),n}}),qe=$constructor("$ZodUnknown",(e,t)=>{pe.init(e,t),e._zod.parse=e=>e}),Me=$constructor("$ZodNever",(e,t)=>{pe.init(e,t),e._zod.parse=(t,n)=>(t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e}),t)});function capSize(e,t){const n=sizeCaps(e._zod.def.checks);if(!n.length)return;const a=Math.min(...n.map(e=>e[0])),o=e._zod.parse;e._zod.parse=(n,i)=>{const r=t(n.value);if(r>a&&!i?.skipChecks&&"backward"!==i?.direction)for(const[t,a]of sizeCaps(e._zod.def.checks))if(r>t&&a._zod.def.when(n)){const t=n.issues.length;return a._zod.check(n),n.issues[t].continue=!1,attachSchema(n.issues,t,e),n}return o(n,i)}}const arraySize=e=>Array.isArray(e)?e.length:-1;function handleArrayResult(e,t,n){e.issues.length&&t.issues.push(...prefixIssues(n,e.issues)),t.value[n]=e.value}const Ze=$constructor("$ZodArray",(e,t)=>{pe.init(e,t);const n=h.memoizer;n?.attach(e),e._zod.parse=(a,o)=>{const i=a.value;if(!Array.isArray(i))return a.issues.push({expected:"array",code:"invalid_type",input:i,inst:e}),a;a.value=n?n.alloc(e,a,Array(i.length),o):Array(i.length);const r=[],s=o?.abortEarly;for(let e=0;e<i.length;e++){const n=i[e],c=t.element._zod.run({value:n,issues:[]},o);if(c instanceof Promise)r.push(c.then(t=>handleArrayResult(t,a,e)));else if(handleArrayResult(c,a,e),s&&0!==c.issues.length&&aborted(c))break}return r.length?Promise.all(r).then(()=>a):a},capSize(e,arraySize)});function handlePropertyResult(e,t,n,a,o,i){const r=n in a,s="optional"===i;if(r||!s||"optional"!==o){if(e.issues.length){if(void 0!==o&&s&&!r)return;t.issues.push(...prefixIssues(n,e.issues))}r||void 0!==o?void 0===e.value?(r||"defaulted"===o&&!s)&&(t.value[n]=void 0):t.value[n]=e.value:e.issues.length||t.issues.push({code:"invalid_type",expected:"nonoptional",input:void 0,path:[n]})}}const He=[];function normalizeDef(e){const t=Object.keys(e.shape),n=Object.getOwnPropertySymbols(e.shape),a=n.length?n:He,o=a.length?[...t,...a]:t;for(const t of o)if(!e.shape?.[t]?._zod?.traits?.has("$ZodType"))throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`);const i=(r=e.shape,Object.keys(r).filter(e=>void 0!==r[e]._zod.optin&&"optional"===r[e]._zod.optout));var r;return{...e,allKeys:o,symbolKeys:a,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(i)}}function handleCatchall(e,t,n,a,o,i,r){const s=[],c=o.keySet,p=o.catchall._zod,u=p.def.type,l=p.optin,d=p.optout;let m=0;for(const o in t){if(r&&n.issues.length!==m){if(aborted(n,m))break;m=n.issues.length}if(c.has(o))continue;if("__proto__"===o){"never"===u&&s.push(o);continue}if("never"===u){s.push(o);continue}const i=p.run({value:t[o],issues:[]},a);i instanceof Promise?e.push(i.then(e=>handlePropertyResult(e,n,o,t,l,d))):handlePropertyResult(i,n,o,t,l,d)}return s.length&&n.issues.push({code:"unrecognized_keys",keys:s,input:t,inst:i,continue:!0}),e.length?Promise.all(e).then(()=>n):n}const Ve=$constructor("$ZodObject",(e,t)=>{pe.init(e,t);const n=Object.getOwnPropertyDescriptor(t,"shape"),a=n?.get?n.get.raw:t.shape??{};if(a){const get=()=>{const e={...a};return Object.defineProperty(t,"shape",{value:e}),get.raw=e,e};get.raw=a,Object.defineProperty(t,"shape",{get:get})}const o=cached(()=>normalizeDef(t));defineLazyInternal(e,"propValues",e=>{const t=e.def.shape,n={};for(const e in t){const a=t[e]._zod;if(a.values){Object.prototype.hasOwnProperty.call(n,e)||util_assignProp(n,e,new Set);for(const t of a.values)n[e].add(t);void 0!==a.optin&&n[e].add(void 0)}}return n});const i=util_isObject,r=t.catchall;let s;const c=h.memoizer;c?.attach(e),e._zod.parse=(t,n)=>{s??(s=o.value);const a=t.value;if(!i(a))return t.issues.push({expected:"object",code:"invalid_type",input:a,inst:e}),t;t.value=c?c.alloc(e,t,{},n):{};const p=[],u=s.shape,l=n?.abortEarly;let d=t.issues.length;for(const e of s.allKeys){if(l&&t.issues.length!==d){if(aborted(t,d))break;d=t.issues.length}if("__proto__"===e)continue;const o=u[e],i=o._zod.optin,r=o._zod.optout,s=o._zod.run({value:a[e],issues:[]},n);s instanceof Promise?p.push(s.then(n=>handlePropertyResult(n,t,e,a,i,r))):handlePropertyResult(s,t,e,a,i,r)}return r?handleCatchall(p,a,t,n,o.value,e,!0===l):p.length?Promise.all(p).then(()=>t):t}}),Je=$constructor("$ZodObjectJIT",(e,t)=>{Ve.init(e,t);const n=e._zod.parse,a=cached(()=>normalizeDef(t)),i=h.memoizer;let r;const s=util_isObject,c=!h.jitless,p=c&&o.value,u=t.catchall;let l;e._zod.parse=(o,d)=>{l??(l=a.value);const m=o.value;return s(m)?c&&p&&!1===d?.async&&!0!==d.jitless?(r||(r=(t=>{const n=a.value,o=n.symbolKeys,r=new Doc(["payload","ctx"],{shape:t,inst:e,memo:i,syms:o}),parseStr=e=>`shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`,prefixStr=(e,t)=>`\n          let ${e}_ab = false;\n          for (let i = 0; i < ${e}.issues.length; i++) {\n            const iss = ${e}.issues[i];\n            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${e}_ab = true;\n          }\n          if (${e}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;r.write("const input = payload.value;");const s=Object.create(null);let c=0;for(const e of n.allKeys)s[e]="key_"+c++;r.write(i?"const newResult = memo.alloc(inst, payload, {}, ctx);":"const newResult = {};");for(const e of n.allKeys){if("__proto__"===e)continue;const n=s[e],a="symbol"==typeof e?`syms[${o.indexOf(e)}]`:esc(e),i=`${a} in input`,c=t[e],p=c?._zod?.optin,u=void 0!==p,l="optional"===c?._zod?.optout;if(r.write(`const ${n} = ${parseStr(a)};`),u&&l){const e="optional"===p?`${n}_present`:`${n}.value !== undefined || ${n}_present`;r.write(`\n        const ${n}_present = ${i};\n        if (!${n}.issues.length || ${n}_present) {\n          if (${n}.issues.length) {${prefixStr(n,a)}\n          }\n\n          if (${e}) {\n            newResult[${a}] = ${n}.value;\n          }\n        }\n\n      `)}else u?(r.write(`\n        if (${n}.issues.length) {${prefixStr(n,a)}\n        }\n      `),"defaulted"===p?r.write(`newResult[${a}] = ${n}.value;`):r.write(`\n        if (${n}.value !== undefined || ${i}) {\n          newResult[${a}] = ${n}.value;\n        }\n      `)):r.write(`\n        const ${n}_present = ${i};\n        if (${n}.issues.length) {${prefixStr(n,a)}\n        }\n        if (!${n}_present && !${n}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${a}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${n}_present) {\n          newResult[${a}] = ${n}.value;\n        }\n\n      `)}return r.write("payload.value = newResult;"),r.write("return payload;"),r.compile()})(t.shape)),o=r(o,d),u?handleCatchall([],m,o,d,l,e,!0===d?.abortEarly):o):n(o,d):(o.issues.push({expected:"object",code:"invalid_type",input:m,inst:e}),o)}});function handleUnionResults(e,t,n,a){for(const n of e)if(0===n.issues.length)return t.value=n.value,t;const o=e.filter(e=>!aborted(e));return 1===o.length?(t.value=o[0].value,o[0]):(t.issues.push({code:"invalid_union",input:t.value,inst:n,errors:e.map(e=>e.issues.map(e=>finalizeIssue(e,a,config())))}),t)}const We=$constructor("$ZodUnion",(e,t)=>{pe.init(e,t),defineLazyInternal(e,"optin",e=>e.def.options.some(e=>"defaulted"===e._zod.optin)?"defaulted":e.def.options.some(e=>void 0!==e._zod.optin)?"optional":void 0),defineLazyInternal(e,"optout",e=>e.def.options.some(e=>"optional"===e._zod.optout)?"optional":void 0),defineLazyInternal(e,"values",e=>{if(e.def.options.every(e=>e._zod.values))return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}),defineLazyInternal(e,"pattern",e=>{if(e.def.options.every(e=>e._zod.pattern)){const t=e.def.options.map(e=>e._zod.pattern);return new RegExp(`^(${t.map(e=>cleanRegex(e.source)).join("|")})$`)}});const n=1===t.options.length?t.options[0]._zod.run:null;e._zod.parse=(a,o)=>{if(n)return n(a,o);let i=!1;const r=[];for(const e of t.options){const t=e._zod.run({value:a.value,issues:[]},o);if(t instanceof Promise)r.push(t),i=!0;else{if(0===t.issues.length)return t;r.push(t)}}return i?Promise.all(r).then(t=>handleUnionResults(t,a,e,o)):handleUnionResults(r,a,e,o)}});const Ke=$constructor("$ZodIntersection",(e,t)=>{pe.init(e,t),e._zod.parse=(e,n)=>{const a=e.value,o=t.left._zod.run({value:a,issues:[]},n),i=t.right._zod.run({value:a,issues:[]},n);return o instanceof Promise||i instanceof Promise?Promise.all([o,i]).then(([t,n])=>handleIntersectionResults(e,t,n)):handleIntersectionResults(e,o,i)}});function mergeValues(e,t){if(e===t)return{valid:!0,data:e};if(e instanceof Date&&t instanceof Date&&+e===+t)return{valid:!0,data:e};if(isPlainObject(e)&&isPlainObject(t)){const n=Object.keys(t),a=Object.keys(e).filter(e=>-1!==n.indexOf(e)),o={...e,...t};Object.prototype.hasOwnProperty.call(o,"__proto__")&&delete o.__proto__;for(const n of a){if("__proto__"===n)continue;const a=mergeValues(e[n],t[n]);if(!a.valid)return{valid:!1,mergeErrorPath:[n,...a.mergeErrorPath]};o[n]=a.data}return{valid:!0,data:o}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length)return{valid:!1,mergeErrorPath:[]};const n=[];for(let a=0;a<e.length;a++){const o=mergeValues(e[a],t[a]);if(!o.valid)return{valid:!1,mergeErrorPath:[a,...o.mergeErrorPath]};n.push(o.data)}return{valid:!0,data:n}}return{valid:!1,mergeErrorPath:[]}}function handleIntersectionResults(e,t,n){const a=new Map;let o;const i=new Map,collect=(e,t)=>{let n;if("unrecognized_keys"!==e.code||e.path?.length){if("invalid_key"!==e.code||"record"!==e.origin||1!==e.path?.length)return!1;{const t=String(e.path[0]);i.has(t)||i.set(t,e),n=[t]}}else o??(o=e),n=e.keys;for(const e of n)a.has(e)||a.set(e,{}),a.get(e)[t]=!0;return!0};for(const n of t.issues)collect(n,"l")||e.issues.push(n);for(const t of n.issues)collect(t,"r")||e.issues.push(t);const r=[...a].filter(([,e])=>e.l&&e.r).map(([e])=>e);if(r.length){const t=o?r.filter(e=>o.keys.includes(e)):[];t.length&&e.issues.push({...o,keys:t});for(const n of r)!t.includes(n)&&i.has(n)&&e.issues.push(i.get(n))}const s=mergeValues(t.value,n.value);if(!s.valid){if(aborted(e))return e;throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(s.mergeErrorPath)}`)}return e.value=s.data,e}const Ge=$constructor("$ZodEnum",(e,t)=>{pe.init(e,t);const n=getEnumValues(t.entries),a=new Set(n);e._zod.values=a,defineLazyInternal(e,"pattern",e=>{const t=getEnumValues(e.def.entries).filter(e=>i.has(typeof e));return new RegExp(t.length?`^(${t.map(e=>escapeRegex(e.toString())).join("|")})$`:"^[^\\s\\S]$")}),e._zod.parse=(t,o)=>{const i=t.value;return a.has(i)||t.issues.push({code:"invalid_value",values:n,input:i,inst:e}),t}}),Xe=$constructor("$ZodTransform",(e,t)=>{pe.init(e,t),e._zod.optin="optional",h.memoizer?.guard(e),e._zod.parse=(n,a)=>{if("backward"===a.direction)throw new $ZodEncodeError(e.constructor.name);const o=t.transform(n.value,n);if(a.async){return(o instanceof Promise?o:Promise.resolve(o)).then(e=>(n.value=e,n))}if(o instanceof Promise)throw new $ZodAsyncError;return n.value=o,n}});function handleOptionalResult(e,t){return e.value=t.issues.length?void 0:t.value,e}const Ye=$constructor("$ZodOptional",(e,t)=>{pe.init(e,t),defineLazyInternal(e,"optin",e=>"defaulted"===e.def.innerType._zod.optin?"defaulted":"optional"),e._zod.optout="optional",defineLazyInternal(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t,void 0]):void 0}),defineLazyInternal(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${cleanRegex(t.source)})?$`):void 0}),e._zod.parse=(e,n)=>{if(void 0===e.value){if("defaulted"!==t.innerType._zod.optin)return e;const a=t.innerType._zod.run({value:e.value,issues:[]},n);return a instanceof Promise?a.then(t=>handleOptionalResult(e,t)):handleOptionalResult(e,a)}return t.innerType._zod.run(e,n)}}),Qe=$constructor("$ZodExactOptional",(e,t)=>{Ye.init(e,t),defineLazyInternal(e,"values",e=>e.def.innerType._zod.values),defineLazyInternal(e,"pattern",e=>e.def.innerType._zod.pattern),e._zod.parse=(e,n)=>t.innerType._zod.run(e,n)}),et=$constructor("$ZodNullable",(e,t)=>{pe.init(e,t),defineLazyInternal(e,"optin",e=>e.def.innerType._zod.optin),defineLazyInternal(e,"optout",e=>e.def.innerType._zod.optout),defineLazyInternal(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${cleanRegex(t.source)}|null)$`):void 0}),defineLazyInternal(e,"values",e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):void 0),e._zod.parse=(e,n)=>null===e.value?e:t.innerType._zod.run(e,n)}),tt=$constructor("$ZodDefault",(e,t)=>{pe.init(e,t),e._zod.optin="defaulted",defineLazyInternal(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);if(void 0===e.value)return e.value=t.defaultValue,e;const a=t.innerType._zod.run(e,n);return a instanceof Promise?a.then(e=>handleDefaultResult(e,t)):handleDefaultResult(a,t)}});function handleDefaultResult(e,t){return void 0===e.value&&(e.value=t.defaultValue),e}const nt=$constructor("$ZodPrefault",(e,t)=>{pe.init(e,t),e._zod.optin="defaulted",defineLazyInternal(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>("backward"===n.direction||void 0===e.value&&(e.value=t.defaultValue),t.innerType._zod.run(e,n))}),at=$constructor("$ZodNonOptional",(e,t)=>{pe.init(e,t),defineLazyInternal(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t].filter(e=>void 0!==e)):void 0}),e._zod.parse=(n,a)=>{const o=t.innerType._zod.run(n,a);return o instanceof Promise?o.then(t=>handleNonOptionalResult(t,e)):handleNonOptionalResult(o,e)}});function handleNonOptionalResult(e,t){return e.issues.length||void 0!==e.value||e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t}),e}function handleCatchResult(e,t,n,a){return t.issues.length?(e.value=n.catchValue({...t,value:e.value,error:{issues:t.issues.map(e=>finalizeIssue(e,a,config()))},input:e.value}),e):(e.value=t.value,t.memo&&(e.memo=!0),e)}const ot=$constructor("$ZodCatch",(e,t)=>{pe.init(e,t),defineLazyInternal(e,"optin",e=>"defaulted"===e.def.innerType._zod.optin?"defaulted":"optional"),defineLazyInternal(e,"optout",e=>e.def.innerType._zod.optout),defineLazyInternal(e,"values",e=>e.def.innerType._zod.values),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);const a=t.innerType._zod.run({value:e.value,issues:[]},n);return a instanceof Promise?a.then(a=>handleCatchResult(e,a,t,n)):handleCatchResult(e,a,t,n)}}),it=$constructor("$ZodPipe",(e,t)=>{pe.init(e,t),defineLazyInternal(e,"values",e=>e.def.in._zod.values),defineLazyInternal(e,"optin",e=>e.def.in._zod.optin),defineLazyInternal(e,"optout",e=>e.def.out._zod.optout),defineLazyInternal(e,"propValues",e=>e.def.in._zod.propValues),e._zod.parse=(e,n)=>{if("backward"===n.direction){const a=t.out._zod.run(e,n);return a instanceof Promise?a.then(e=>handlePipeResult(e,t.in,n)):handlePipeResult(a,t.in,n)}const a=t.in._zod.run(e,n);return a instanceof Promise?a.then(e=>handlePipeResult(e,t.out,n)):handlePipeResult(a,t.out,n)}});function handlePipeResult(e,t,n){return e.issues.some(e=>"unrecognized_keys"!==e.code)?(e.aborted=!0,e):t._zod.run({value:e.value,issues:e.issues},n)}const rt=$constructor("$ZodReadonly",(e,t)=>{pe.init(e,t),defineLazyInternal(e,"propValues",e=>e.def.innerType._zod.propValues),defineLazyInternal(e,"values",e=>e.def.innerType._zod.values),defineLazyInternal(e,"optin",e=>e.def.innerType?._zod?.optin),defineLazyInternal(e,"optout",e=>e.def.innerType?._zod?.optout),e._zod.parse=(e,n)=>{if("backward"===n.direction)return t.innerType._zod.run(e,n);const a=t.innerType._zod.run(e,n);return a instanceof Promise?a.then(handleReadonlyResult):handleReadonlyResult(a)}});function handleReadonlyResult(e){return e.memo||(e.value=Object.freeze(e.value)),e}const st=$constructor("$ZodCustom",(e,t)=>{H.init(e,t),pe.init(e,t),e._zod.parse=(e,t)=>e,e._zod.check=n=>{const a=n.value,o=t.fn(a);if(o instanceof Promise)return o.then(t=>handleRefineResult(t,n,a,e));handleRefineResult(o,n,a,e)}});function handleRefineResult(e,t,n,a){if(!e){const e={code:"custom",input:n,inst:a,path:[...a._zod.def.path??[]],continue:!a._zod.def.abort};a._zod.def.params&&(e.params=a._zod.def.params),t.issues.push(util_issue(e))}}var ct;class $ZodRegistry{constructor(){this._map=new WeakMap,this._idmap=new Map}add(e,...t){const n=t[0];return this._map.set(e,n),n&&"object"==typeof n&&"id"in n&&this._idmap.set(n.id,e),this}clear(){return this._map=new WeakMap,this._idmap=new Map,this}remove(e){const t=this._map.get(e);return t&&"object"==typeof t&&"id"in t&&this._idmap.delete(t.id),this._map.delete(e),this}get(e){const t=e._zod.parent;if(t){const n={...this.get(t)??{}};delete n.id;const a={...n,...this._map.get(e)};return Object.keys(a).length?a:void 0}return this._map.get(e)}has(e){return this._map.has(e)}}(ct=globalThis).__zod_globalRegistry??(ct.__zod_globalRegistry=new $ZodRegistry);const pt=globalThis.__zod_globalRegistry;function snapshotChecks(e){return e.checks&&(e.checks=[...e.checks]),e}function _lt(e,t){return new J({check:"less_than",...normalizeParams(t),value:e,inclusive:!1})}function _lte(e,t){return new J({check:"less_than",...normalizeParams(t),value:e,inclusive:!0})}function _gt(e,t){return new W({check:"greater_than",...normalizeParams(t),value:e,inclusive:!1})}function _gte(e,t){return new W({check:"greater_than",...normalizeParams(t),value:e,inclusive:!0})}function _multipleOf(e,t){return new K({check:"multiple_of",...normalizeParams(t),value:e})}function _maxLength(e,t){return new X({check:"max_length",...normalizeParams(t),maximum:e})}function _minLength(e,t){return new Y({check:"min_length",...normalizeParams(t),minimum:e})}function _length(e,t){return new Q({check:"length_equals",...normalizeParams(t),length:e})}function _overwrite(e){return new se({check:"overwrite",tx:e})}function _superRefine(e,t){const n=function(e,t){const n=new H({check:"custom",...normalizeParams(t)});return n._zod.check=e,n}(t=>(t.addIssue=e=>{if("string"==typeof e)t.issues.push(util_issue(e,t.value,n._zod.def));else{const a=e;a.fatal&&(a.continue=!1),a.code??(a.code="custom"),"input"in a||(a.input=t.value),a.inst??(a.inst=n),a.continue??(a.continue=!n._zod.def.abort),t.issues.push(util_issue(a))}},e(t.value,t)),t);return n}function assignProps(e,...t){for(const n of t)for(const t of Reflect.ownKeys(n))Object.prototype.propertyIsEnumerable.call(n,t)&&util_assignProp(e,t,n[t]);return e}function to_json_schema_initializeContext(e){let t=e?.target??"draft-2020-12";return"draft-4"===t&&(t="draft-04"),"draft-7"===t&&(t="draft-07"),{processors:e.processors??{},metadataRegistry:e?.metadata??pt,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:void 0,sharedEmitDoneFor:void 0,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??void 0}}function handleUnrepresentable(e,t,n,a,o){const i="function"==typeof t.unrepresentable?t.unrepresentable({zodSchema:e,path:a.path,message:o}):t.unrepresentable;if("any"===i)return!1;if(void 0===i||"throw"===i)throw new Error(o);return Object.assign(n,i),!0}function to_json_schema_processSchema(e,t,n={path:[],schemaPath:[]}){var a;const o=e._zod.def,i=t.seen.get(e);if(i){i.count++;return n.schemaPath.includes(e)&&(i.cycle=n.path),i.schema}const r={schema:{},count:1,cycle:void 0,path:n.path};t.seen.set(e,r),t.sharedDefsExtractedFor=void 0,t.sharedEmitDoneFor=void 0;const s=e._zod.toJSONSchema?.();if(s)r.schema=s;else{const a={...n,schemaPath:[...n.schemaPath,e],path:n.path};if(e._zod.processJSONSchema)e._zod.processJSONSchema(t,r.schema,a);else{const n=r.schema,i=t.processors[o.type];if(!i)throw new Error(`[toJSONSchema]: Non-representable type encountered: ${o.type}`);i(e,t,n,a)}const i=e._zod.parent;i&&(r.ref||(r.ref=i),to_json_schema_processSchema(i,t,a),t.seen.get(i).isParent=!0)}const c=t.metadataRegistry.get(e);c&&assignProps(r.schema,c),"input"===t.io&&isTransforming(e)&&(delete r.schema.examples,delete r.schema.default),"input"===t.io&&"_prefault"in r.schema&&((a=r.schema).default??(a.default=r.schema._prefault)),delete r.schema._prefault;return t.seen.get(e).schema}function encodeJSONPointerSegment(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function to_json_schema_extractDefs(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;const a=new Map;for(const t of e.seen.entries()){const n=e.metadataRegistry.get(t[0])?.id;if(n){const e=a.get(n);if(e&&e!==t[0])throw new Error(`Duplicate schema id "${n}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);a.set(n,t[0])}}const extractToDef=t=>{if(t[1].schema.$ref)return;const a=t[1],{ref:o,defId:i}=(t=>{const a="draft-2020-12"===e.target?"$defs":"definitions";if(e.external){const n=e.external.registry.get(t[0])?.id,o=e.external.uri??(e=>e);if(n)return{ref:o(n)};const i=t[1].defId??t[1].schema.id??"schema"+e.counter++;return t[1].defId=i,{defId:i,ref:`${o("__shared")}#/${a}/${encodeJSONPointerSegment(i)}`}}const o=`#/${a}/`;if(t[1]===n&&!t[1].schema.id)return{ref:"#"};const i=t[1].schema.id??"__schema"+e.counter++;return{defId:i,ref:o+encodeJSONPointerSegment(i)}})(t);a.def={...a.schema},i&&(a.defId=i);const r=a.schema;for(const e in r)delete r[e];r.$ref=o};if("throw"===e.cycles)for(const t of e.seen.entries()){const e=t[1];if(e.cycle)throw new Error(`Cycle detected: #/${e.cycle?.join("/")}/<root>\n\nSet the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`)}for(const n of e.seen.entries()){const a=n[1];if(t===n[0]){extractToDef(n);continue}if(e.external){const a=e.external.registry.get(n[0])?.id;if(t!==n[0]&&a){extractToDef(n);continue}}const o=e.metadataRegistry.get(n[0])?.id;o?extractToDef(n):(a.cycle||a.count>1&&"ref"===e.reused)&&extractToDef(n)}e.external&&(e.sharedDefsExtractedFor=e.external)}function compactTypeUnion(e){const t=e.anyOf;if(!Array.isArray(t)||0===t.length||void 0!==e.type)return;const n=[];for(const e of t){if(!e||"object"!=typeof e)return;compactTypeUnion(e);const t=Object.keys(e);if(1!==t.length||"type"!==t[0])return;const a=e.type;for(const e of Array.isArray(a)?a:[a]){if("string"!=typeof e)return;n.includes(e)||n.push(e)}}delete e.anyOf,e.type=1===n.length?n[0]:n}const ut=new Set(["type","properties","required","additionalProperties"]),lt=["oneOf","anyOf"];function undeclaredConstraint(e){const t=e.additionalProperties;return void 0===t||!1===t||"object"!=typeof t||null===t?null:Object.keys(t).length?t:null}function foldObjects(e){const t=[];for(const n of e){if("object"!=typeof n||"object"!==n.type)return null;for(const e in n)if(!ut.has(e))return null;t.push(n)}const n={},a=new Set;for(const e of t){for(const a in e.properties){if(Object.prototype.hasOwnProperty.call(n,a))continue;const e=[];for(const n of t){const t=n.properties?.[a]??undeclaredConstraint(n);null!=t&&(e.some(e=>JSON.stringify(e)===JSON.stringify(t))||e.push(t))}util_assignProp(n,a,1===e.length?e[0]:foldObjects(e)??{allOf:e})}for(const t of e.required??[])a.add(t)}const o={type:"object",properties:n};if(a.size&&(o.required=[...a]),t.every(e=>!1===e.additionalProperties))o.additionalProperties=!1;else{const e=[];for(const n of t){const t=undeclaredConstraint(n);t&&!e.some(e=>JSON.stringify(e)===JSON.stringify(t))&&e.push(t)}1===e.length?o.additionalProperties=e[0]:e.length>1&&(o.additionalProperties={allOf:e})}return o}function foldIntersection(e){const t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(const t of ut)if(t in e)return;const n=t.filter(e=>lt.some(t=>Array.isArray(e[t])));let a=null;if(n.length){const e=n[0],o=lt.find(t=>Array.isArray(e[t]));if(1!==Object.keys(e).length)return;const i=t.filter(t=>t!==e),r=e[o].map(e=>foldObjects([...i,e]));if(r.some(e=>!e))return;a={[o]:r}}else a=foldObjects(t);a&&(delete e.allOf,assignProps(e,a))}function to_json_schema_finalize(e,t){const n=e.seen.get(t);if(!n)throw new Error("Unprocessed schema. This is a bug in Zod.");const flattenRef=t=>{const n=e.seen.get(t);if(null===n.ref)return;const a=n.def??n.schema,o={...a},i=n.ref;if(n.ref=null,i){flattenRef(i);const n=e.seen.get(i),r=n.schema;!r.$ref||"draft-07"!==e.target&&"draft-04"!==e.target&&"openapi-3.0"!==e.target?assignProps(a,r):(a.allOf=a.allOf??[],a.allOf.push(r)),assignProps(a,o);if(t._zod.parent===i)for(const e in a)"$ref"!==e&&"allOf"!==e&&(e in o||delete a[e]);if(r.$ref&&n.def)for(const e in a)"$ref"!==e&&"allOf"!==e&&e in n.def&&JSON.stringify(a[e])===JSON.stringify(n.def[e])&&delete a[e]}const r=t._zod.parent;if(r&&r!==i){flattenRef(r);const t=e.seen.get(r);if(t?.schema.$ref&&(a.$ref=t.schema.$ref,t.def))for(const e in a)"$ref"!==e&&"allOf"!==e&&e in t.def&&JSON.stringify(a[e])===JSON.stringify(t.def[e])&&delete a[e]}e.override({zodSchema:t,jsonSchema:a,path:n.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of[...e.seen.entries()].reverse())flattenRef(t[0]);if("openapi-3.0"!==e.target)for(const t of e.seen.entries())compactTypeUnion(t[1].def??t[1].schema);for(const t of e.deferred)t();if(e.intersections.length){const t=new Map;for(const n of e.seen.values())for(const e of[n.schema,n.def]){const n=e?.allOf;if(!Array.isArray(n))continue;const a=t.get(n);a?a.push(e):t.set(n,[e])}for(const n of e.intersections)for(const e of t.get(n)??[])foldIntersection(e)}}const a={};if("draft-2020-12"===e.target?a.$schema="https://json-schema.org/draft/2020-12/schema":"draft-07"===e.target?a.$schema="http://json-schema.org/draft-07/schema#":"draft-04"===e.target?a.$schema="http://json-schema.org/draft-04/schema#":e.target,e.external?.uri){const n=e.external.registry.get(t)?.id;if(!n)throw new Error("Schema is missing an `id` property");a.$id=e.external.uri(n)}assignProps(a,n.defId?n.schema:n.def??n.schema);const o=e.metadataRegistry.get(t)?.id;void 0!==o&&a.id===o&&delete a.id;const i=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external)for(const t of e.seen.entries()){const e=t[1];e.def&&e.defId&&(e.def.id===e.defId&&delete e.def.id,util_assignProp(i,e.defId,e.def))}e.external&&(e.sharedEmitDoneFor=e.external),e.external||Object.keys(i).length>0&&("draft-2020-12"===e.target?a.$defs=i:a.definitions=i);try{const n=JSON.parse(JSON.stringify(a));return Object.defineProperty(n,"~standard",{value:{...t["~standard"],jsonSchema:{input:createStandardJSONSchemaMethod(t,"input",e.processors),output:createStandardJSONSchemaMethod(t,"output",e.processors)}},enumerable:!1,writable:!1}),n}catch(e){throw new Error("Error converting schema to JSON.")}}function isTransforming(e,t){const n=t??{seen:new Set};if(n.seen.has(e))return!1;n.seen.add(e);const a=e._zod.def;if("transform"===a.type)return!0;if("array"===a.type)return isTransforming(a.element,n);if("set"===a.type)return isTransforming(a.valueType,n);if("lazy"===a.type)return isTransforming(a.getter(),n);if("promise"===a.type||"optional"===a.type||"nonoptional"===a.type||"nullable"===a.type||"readonly"===a.type||"default"===a.type||"prefault"===a.type||"catch"===a.type)return isTransforming(a.innerType,n);if("intersection"===a.type)return isTransforming(a.left,n)||isTransforming(a.right,n);if("record"===a.type||"map"===a.type)return isTransforming(a.keyType,n)||isTransforming(a.valueType,n);if("pipe"===a.type)return!!e._zod.traits.has("$ZodCodec")||(isTransforming(a.in,n)||isTransforming(a.out,n));if("object"===a.type){for(const e in a.shape)if(isTransforming(a.shape[e],n))return!0;return!1}if("union"===a.type){for(const e of a.options)if(isTransforming(e,n))return!0;return!1}if("tuple"===a.type){for(const e of a.items)if(isTransforming(e,n))return!0;return!(!a.rest||!isTransforming(a.rest,n))}return!1}const createStandardJSONSchemaMethod=(e,t,n={})=>a=>{const{libraryOptions:o,target:i}=a??{},r=to_json_schema_initializeContext({...o??{},target:i,io:t,processors:n});return to_json_schema_processSchema(e,r),to_json_schema_extractDefs(r,e),to_json_schema_finalize(r,e)},narrowMin=(e,t,n)=>{(void 0===e[t]||n>e[t])&&(e[t]=n)},narrowMax=(e,t,n)=>{(void 0===e[t]||n<e[t])&&(e[t]=n)},narrowBoth=(e,t)=>{narrowMin(e,"minimum",t),narrowMax(e,"maximum",t)},addDivisor=(e,t)=>{e.multipleOf??(e.multipleOf=[]),e.multipleOf.includes(t)||e.multipleOf.push(t)},addPattern=(e,t)=>{e.patterns??(e.patterns=new Set),e.patterns.add(t)},intersectMime=(e,t)=>{e.mime=e.mime?e.mime.filter(e=>t.includes(e)):[...t]},setFormat=(e,t)=>{e.format=t,t.includes("int")&&(e.isInt=!0)},minContributor=(e,t)=>narrowMin(e,"minimum",t.minimum),maxContributor=(e,t)=>narrowMax(e,"maximum",t.maximum),formatContributor=e=>(t,n)=>{setFormat(t,n.format);const[a,o]=e[n.format];narrowMin(t,"minimum",a),narrowMax(t,"maximum",o)},dt={greater_than:(e,t)=>narrowMin(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>narrowMax(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>addDivisor(e,t.value),number_format:formatContributor(r),bigint_format:formatContributor(s),min_length:minContributor,max_length:maxContributor,length_equals:(e,t)=>narrowBoth(e,t.length),min_size:minContributor,max_size:maxContributor,size_equals:(e,t)=>narrowBoth(e,t.size),string_format:(e,t)=>{setFormat(e,t.format),t.pattern&&addPattern(e,t.pattern),"base64"!==t.format&&"base64url"!==t.format||(e.contentEncoding=t.format),(t.local||-1===t.precision)&&(e.laxFormat=!0)},mime_type:(e,t)=>intersectMime(e,t.mime)};function aggregateChecks(e){const t={},n=e._zod.def,a=e._zod.traits.has("$ZodCheck")?[e,...n.checks??[]]:n.checks??[];for(const e of a)dt[e._zod.def.check]?.(t,e._zod.def);const o=e._zod.bag;void 0!==o.minimum&&narrowMin(t,"minimum",o.minimum),void 0!==o.exclusiveMinimum&&narrowMin(t,"exclusiveMinimum",o.exclusiveMinimum),void 0!==o.maximum&&narrowMax(t,"maximum",o.maximum),void 0!==o.exclusiveMaximum&&narrowMax(t,"exclusiveMaximum",o.exclusiveMaximum),void 0!==o.multipleOf&&addDivisor(t,o.multipleOf),void 0!==o.format&&(t.format??(t.format=o.format),o.format.includes("int")&&(t.isInt=!0)),o.mime&&intersectMime(t,o.mime);for(const e of o.patterns??[])addPattern(t,e);return t}const mt={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""},ft=new Map([[Ce,/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/],[$e,/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/]]),exactPattern=e=>ft.get(e)??e,stringProcessor=(e,t,n,a)=>{const o=n;o.type="string";const{minimum:i,maximum:r,format:s,patterns:c,contentEncoding:p,laxFormat:u}=aggregateChecks(e);if("number"==typeof i&&(o.minLength=i),"number"==typeof r&&(o.maxLength=r),s&&(o.format=mt[s]??s,""===o.format&&delete o.format,("time"===s||u)&&delete o.format),p&&(o.contentEncoding=p),c&&c.size>0){const e=[...c].map(exactPattern);1===e.length?o.pattern=e[0].source:e.length>1&&(o.allOf=[...e.map(e=>({..."draft-07"===t.target||"draft-04"===t.target||"openapi-3.0"===t.target?{type:"string"}:{},pattern:e.source}))])}},numberProcessor=(e,t,n,a)=>{const o=n,{minimum:i,maximum:r,multipleOf:s,exclusiveMaximum:c,exclusiveMinimum:p,isInt:u}=aggregateChecks(e);o.type=u?"integer":"number";const l="number"==typeof p&&p>=(i??Number.NEGATIVE_INFINITY),d="number"==typeof c&&c<=(r??Number.POSITIVE_INFINITY),m="draft-04"===t.target||"openapi-3.0"===t.target;if(l?m?(o.minimum=p,o.exclusiveMinimum=!0):o.exclusiveMinimum=p:"number"==typeof i&&(o.minimum=i),d?m?(o.maximum=c,o.exclusiveMaximum=!0):o.exclusiveMaximum=c:"number"==typeof r&&(o.maximum=r),s){const n=new Set;for(const i of s)Number.isFinite(i)&&0!==i?n.add(Math.abs(i)):handleUnrepresentable(e,t,o,a,`A multipleOf divisor of ${i} cannot be represented in JSON Schema`);const[i,...r]=n;void 0!==i&&(o.multipleOf=i),r.length&&(o.allOf=[...o.allOf??[],...r.map(e=>({multipleOf:e}))])}},booleanProcessor=(e,t,n,a)=>{n.type="boolean"},neverProcessor=(e,t,n,a)=>{n.not={}},enumProcessor=(e,t,n,a)=>{const o=getEnumValues(e._zod.def.entries);0!==o.length?(o.every(e=>"number"==typeof e)&&(n.type="number"),o.every(e=>"string"==typeof e)&&(n.type="string"),n.enum=o):n.not={}},customProcessor=(e,t,n,a)=>{handleUnrepresentable(e,t,n,a,"Custom types cannot be represented in JSON Schema")},transformProcessor=(e,t,n,a)=>{handleUnrepresentable(e,t,n,a,"Transforms cannot be represented in JSON Schema")},arrayProcessor=(e,t,n,a)=>{const o=n,i=e._zod.def,{minimum:r,maximum:s}=aggregateChecks(e);"number"==typeof r&&(o.minItems=r),"number"==typeof s&&(o.maxItems=s),o.type="array",o.items=to_json_schema_processSchema(i.element,t,{...a,path:[...a.path,"items"]})};function inputOptin(e){const t=e._zod.def;return"pipe"===t.type&&t.in._zod.traits.has("$ZodTransform")?inputOptin(t.out):"catch"===t.type?inputOptin(t.innerType):e._zod.optin}const objectProcessor=(e,t,n,a)=>{const o=n,i=e._zod.def,r=i.shape;if(Object.getOwnPropertySymbols(r).length&&handleUnrepresentable(e,t,o,a,"Symbol keys cannot be represented in JSON Schema"))return;o.type="object",o.properties={};for(const e in r)util_assignProp(o.properties,e,to_json_schema_processSchema(r[e],t,{...a,path:[...a.path,"properties",e]}));const s=[];for(const e of Object.keys(r)){const n=i.shape[e];("input"===t.io?void 0===inputOptin(n):void 0===n._zod.optout)&&s.push(e)}s.length>0&&(o.required=s),"never"===i.catchall?._zod.def.type?o.additionalProperties=!1:i.catchall?i.catchall&&(o.additionalProperties=to_json_schema_processSchema(i.catchall,t,{...a,path:[...a.path,"additionalProperties"]})):"output"===t.io&&(o.additionalProperties=!1)},unionProcessor=(e,t,n,a)=>{const o=e._zod.def,i=!1===o.inclusive,r=o.options.map((e,n)=>to_json_schema_processSchema(e,t,{...a,path:[...a.path,i?"oneOf":"anyOf",n]}));i?n.oneOf=r:n.anyOf=r},intersectionProcessor=(e,t,n,a)=>{const o=e._zod.def,i=to_json_schema_processSchema(o.left,t,{...a,path:[...a.path,"allOf",0]}),r=to_json_schema_processSchema(o.right,t,{...a,path:[...a.path,"allOf",1]}),isSimpleIntersection=e=>"allOf"in e&&1===Object.keys(e).length,s=[...isSimpleIntersection(i)?i.allOf:[i],...isSimpleIntersection(r)?r.allOf:[r]];n.allOf=s,t.intersections.push(s)};new WeakMap;const nullableProcessor=(e,t,n,a)=>{const o=e._zod.def,i=to_json_schema_processSchema(o.innerType,t,a),r=t.seen.get(e);"openapi-3.0"===t.target?(r.ref=o.innerType,n.nullable=!0):n.anyOf=[i,{type:"null"}]},nonoptionalProcessor=(e,t,n,a)=>{const o=e._zod.def;to_json_schema_processSchema(o.innerType,t,a);t.seen.get(e).ref=o.innerType},ht=Symbol();function serializeDefaultValue(e,t,n,a,o){let i=!1;const r=JSON.stringify(e,(e,t)=>"bigint"!=typeof t?t:(i=!0,null));return i?(handleUnrepresentable(t,n,a,o,"BigInt defaults cannot be represented in JSON Schema"),ht):JSON.parse(r)}const defaultProcessor=(e,t,n,a)=>{const o=e._zod.def;to_json_schema_processSchema(o.innerType,t,a);t.seen.get(e).ref=o.innerType;const i=serializeDefaultValue(o.defaultValue,e,t,n,a);i!==ht&&(n.default=i)},prefaultProcessor=(e,t,n,a)=>{const o=e._zod.def;to_json_schema_processSchema(o.innerType,t,a);if(t.seen.get(e).ref=o.innerType,"input"!==t.io)return;const i=serializeDefaultValue(o.defaultValue,e,t,n,a);i!==ht&&(n._prefault=i)},catchProcessor=(e,t,n,a)=>{const o=e._zod.def;to_json_schema_processSchema(o.innerType,t,a);let i;t.seen.get(e).ref=o.innerType;try{i=o.catchValue(void 0)}catch{return void handleUnrepresentable(e,t,n,a,"Dynamic catch values are not supported in JSON Schema")}n.default=i},pipeProcessor=(e,t,n,a)=>{const o=e._zod.def,i=o.in._zod.traits.has("$ZodTransform"),r="input"===t.io?i?o.out:o.in:o.out;to_json_schema_processSchema(r,t,a);t.seen.get(e).ref=r},readonlyProcessor=(e,t,n,a)=>{const o=e._zod.def;to_json_schema_processSchema(o.innerType,t,a);t.seen.get(e).ref=o.innerType,n.readOnly=!0},optionalProcessor=(e,t,n,a)=>{const o=e._zod.def;to_json_schema_processSchema(o.innerType,t,a);t.seen.get(e).ref=o.innerType};const error=()=>{const e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function getSizing(t){return e[t]??null}const t={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"},n={nan:"NaN"};function getTypeName(e,t){return"number"!==e||"number"!=typeof t||Number.isFinite(t)?n[e]??e:String(t)}return e=>{switch(e.code){case"invalid_type":return`Invalid input: expected ${getTypeName(e.expected)}, received ${getTypeName(function(e){const t=typeof e;switch(t){case"number":return Number.isNaN(e)?"nan":"number";case"object":{if(null===e)return"null";if(Array.isArray(e))return"array";const t=e;if(t&&Object.getPrototypeOf(t)!==Object.prototype&&"constructor"in t&&t.constructor)return t.constructor.name}}return t}(e.input),e.input)}`;case"invalid_value":return 1===e.values.length?`Invalid input: expected ${stringifyPrimitive(e.values[0])}`:`Invalid option: expected one of ${joinValues(e.values,"|")}`;case"too_big":{const t=e.exact?"exactly ":e.inclusive?"<=":"<",n=getSizing(e.origin);return n?`Too big: expected ${e.origin??"value"} to have ${t}${e.maximum.toString()} ${n.unit??"elements"}`:`Too big: expected ${e.origin??"value"} to be ${t}${e.maximum.toString()}`}case"too_small":{const t=e.exact?"exactly ":e.inclusive?">=":">",n=getSizing(e.origin);return n?`Too small: expected ${e.origin} to have ${t}${e.minimum.toString()} ${n.unit}`:`Too small: expected ${e.origin} to be ${t}${e.minimum.toString()}`}case"invalid_format":{const n=e;return"starts_with"===n.format?`Invalid string: must start with "${n.prefix}"`:"ends_with"===n.format?`Invalid string: must end with "${n.suffix}"`:"includes"===n.format?`Invalid string: must include "${n.includes}"`:"regex"===n.format?`Invalid string: must match pattern ${n.pattern}`:`Invalid ${t[n.format]??e.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${e.divisor}`;case"unrecognized_keys":return`Unrecognized key${e.keys.length>1?"s":""}: ${joinValues(e.keys,", ")}`;case"invalid_key":return`Invalid key in ${e.origin}`;case"invalid_union":if(e.options&&Array.isArray(e.options)&&e.options.length>0){return`Invalid discriminator value. Expected ${e.options.map(e=>`'${e}'`).join(" | ")}`}return!1===e.inclusive?"Invalid input: more than one option matched":"Invalid input";case"invalid_element":return`Invalid value in ${e.origin}`;default:return"Invalid input"}}};const xt={get:function(){const e=this._zod;return e.message??(e.message=JSON.stringify(e.def,jsonStringifyReplacer,2)),e.message},set:function(e){this._zod.message=e},enumerable:!0,configurable:!0},vt={value:void 0,enumerable:!1},gt=new WeakSet([Object.prototype,Error.prototype]),initializer=(e,t)=>{e.name="$ZodError",vt.value=t,Object.defineProperty(e,"issues",vt),vt.value=void 0,Object.defineProperty(e,"message",xt);const n=Object.getPrototypeOf(e);gt.has(n)||(gt.add(n),Object.defineProperty(n,"toString",{configurable:!0,enumerable:!1,get(){const value=()=>this.message;return Object.defineProperty(this,"toString",{value:value,configurable:!0,writable:!0}),value},set(e){Object.defineProperty(this,"toString",{value:e,configurable:!0,writable:!0})}}))},bt=$constructor("$ZodError",initializer);$constructor("$ZodError",initializer,void 0,{Parent:Error});function node(e,t,n){return Object.prototype.hasOwnProperty.call(e,t)||("__proto__"===t?Object.defineProperty(e,t,{value:n(),writable:!0,enumerable:!0,configurable:!0}):e[t]=n()),e[t]}function finalizeParams(e,t){return{callee:t?.callee??e,Err:t?.Err}}const _parse=e=>{const fn=(t,n,o,i)=>{const r=o?{...o,async:!1}:{async:!1},s=t._zod.run({value:n,issues:[]},r);if(s instanceof Promise)throw new $ZodAsyncError;if(s.issues.length){const t=new(i?.Err??e)(s.issues.map(e=>finalizeIssue(e,r,config())));throw a(t,i?.callee??fn),t}return s.value};return fn},_parseAsync=e=>{const fn=async(t,n,o,i)=>{const r=o?{...o,async:!0}:{async:!0};let s=t._zod.run({value:n,issues:[]},r);if(s instanceof Promise&&(s=await s),s.issues.length){const t=new(i?.Err??e)(s.issues.map(e=>finalizeIssue(e,r,config())));throw a(t,i?.callee??fn),t}return s.value};return fn},_safeParse=e=>(t,n,a)=>{const o=a?{...a,async:!1}:{async:!1},i=t._zod.run({value:n,issues:[]},o);if(i instanceof Promise)throw new $ZodAsyncError;return i.issues.length?failure(e,i.issues,o):{success:!0,data:i.value}};function failure(e,t,n){let a;return{success:!1,get error(){return a||(a=new e(t.map(e=>finalizeIssue(e,n,config()))),t=void 0,n=void 0),a},set error(e){a=e,t=void 0,n=void 0}}}const _safeParseAsync=e=>async(t,n,a)=>{const o=a?{...a,async:!0}:{async:!0};let i=t._zod.run({value:n,issues:[]},o);return i instanceof Promise&&(i=await i),i.issues.length?failure(e,i.issues,o):{success:!0,data:i.value}},yt=Symbol.for("zod.compile.invalid"),wt=Symbol.for("zod.compile.fallback"),validate=(e,t,n)=>{const a=e._zod.bag.validator;if(void 0!==a){if(a(t)!==yt)return!0;if(!0===a.definite&&void 0===n)return!1}return function(e,t,n){const a=n?{...n,async:!1,abortEarly:!0}:{async:!1,abortEarly:!0},o=e._zod.bag.fallbackRun;let i;o?(a[wt]=!0,i=o({value:t,issues:[]},a)):i=e._zod.run({value:t,issues:[]},a);if(i instanceof Promise)throw new $ZodAsyncError;return 0===i.issues.length}(e,t,n)};const _encode=e=>{const t=_parse(e),fn=(e,n,a,o)=>{const i=a?{...a,direction:"backward"}:{direction:"backward"};return t(e,n,i,finalizeParams(fn,o))};return fn},_decode=e=>{const t=_parse(e),fn=(e,n,a,o)=>t(e,n,a,finalizeParams(fn,o));return fn},_encodeAsync=e=>{const t=_parseAsync(e),fn=async(e,n,a,o)=>{const i=a?{...a,direction:"backward"}:{direction:"backward"};return await t(e,n,i,finalizeParams(fn,o))};return fn},_decodeAsync=e=>{const t=_parseAsync(e),fn=async(e,n,a,o)=>await t(e,n,a,finalizeParams(fn,o));return fn},_safeEncode=e=>(t,n,a)=>{const o=a?{...a,direction:"backward"}:{direction:"backward"};return _safeParse(e)(t,n,o)},_safeDecode=e=>(t,n,a)=>_safeParse(e)(t,n,a),_safeEncodeAsync=e=>async(t,n,a)=>{const o=a?{...a,direction:"backward"}:{direction:"backward"};return _safeParseAsync(e)(t,n,o)},_safeDecodeAsync=e=>async(t,n,a)=>_safeParseAsync(e)(t,n,a),_t=new WeakSet([Object.prototype,Error.prototype]);function _lazyMethod(e,t,n){Object.defineProperty(e,t,{configurable:!0,enumerable:!1,get(){const e=n(this);return Object.defineProperty(this,t,{value:e,configurable:!0,writable:!0}),e},set(e){Object.defineProperty(this,t,{value:e,configurable:!0,writable:!0})}})}const errors_initializer=(e,t)=>{bt.init(e,t),e.name="ZodError";const n=Object.getPrototypeOf(e);_t.has(n)||(_t.add(n),_lazyMethod(n,"format",e=>t=>function(e,t=e=>e.message){const n={_errors:[]},processError=(e,a=[])=>{for(const o of e.issues)if("invalid_union"===o.code&&o.errors.length)o.errors.map(e=>processError({issues:e},[...a,...o.path]));else if("invalid_key"===o.code)processError({issues:o.issues},[...a,...o.path]);else if("invalid_element"===o.code)processError({issues:o.issues},[...a,...o.path]);else{const e=[...a,...o.path];if(0===e.length)n._errors.push(t(o));else{let a=n,i=0;for(;i<e.length;){const n=e[i],r=i===e.length-1;if("_errors"===n){r&&a._errors.push(t(o)),i++;continue}Object.prototype.hasOwnProperty.call(a,n)||Object.defineProperty(a,n,{value:{_errors:[]},enumerable:!0,writable:!0,configurable:!0});const s=a[n];r&&s._errors.push(t(o)),a=s,i++}}}};return processError(e),n}(e,t)),_lazyMethod(n,"flatten",e=>t=>function(e,t=e=>e.message){const n={},a=[];for(const o of e.issues)o.path.length>0?node(n,o.path[0],()=>[]).push(t(o)):a.push(t(o));return{formErrors:a,fieldErrors:n}}(e,t)),_lazyMethod(n,"addIssue",e=>t=>{e.issues.push(t),e.message=JSON.stringify(e.issues,jsonStringifyReplacer,2)}),_lazyMethod(n,"addIssues",e=>t=>{e.issues.push(...t),e.message=JSON.stringify(e.issues,jsonStringifyReplacer,2)}),Object.defineProperty(n,"isEmpty",{configurable:!0,enumerable:!1,get(){return 0===this.issues.length}}))},kt=$constructor("ZodError",errors_initializer,void 0,{Parent:Error}),Et=_parse(kt),Ot=_parseAsync(kt),St=_safeParse(kt),Rt=_safeParseAsync(kt),jt=_encode(kt),At=_decode(kt),zt=_encodeAsync(kt),Pt=_decodeAsync(kt),Tt=_safeEncode(kt),Ct=_safeDecode(kt),Nt=_safeEncodeAsync(kt),$t=_safeDecodeAsync(kt);function _ensureDefaultLocale(){h.localeError||config({localeError:error()})}function _ensureDefaultMemoizer(){h.memoizer||config({memoizer:w})}const It=$constructor("ZodType",(e,t)=>(_ensureDefaultLocale(),pe.init(e,t),e.def=t,e.type=t.type,e),{check(...e){const t=this.def;return this.clone(mergeDefs(t,{checks:[...t.checks??[],...e.map(e=>"function"==typeof e?{_zod:{check:e,def:{check:"custom"},onattach:[]}}:e)]}),{parent:!0})},with(...e){return this.check(...e)},clone(e,t){return clone(this,e,t)},brand(){return this},register(e,t){return e.add(this,t),this},refine(e,t){return this.check(function(e,t={}){return function(e,t,n){return new e({type:"custom",check:"custom",fn:t,...normalizeParams(n)})}(Pn,e,t)}(e,t))},superRefine(e,t){return this.check(function(e,t){return _superRefine(e,t)}(e,t))},overwrite(e){return this.check(_overwrite(e))},optional(){return optional(this)},exactOptional(){return new kn({type:"optional",innerType:this})},nullable(){return nullable(this)},nullish(){return optional(nullable(this))},nonoptional(e){return function(e,t){return new Rn({type:"nonoptional",innerType:e,...normalizeParams(t)})}(this,e)},array(){return array(this)},or(e){return union([this,e])},and(e){return new bn({type:"intersection",left:this,right:e})},transform(e){return pipe(this,transform(e))},default(e){return t=e,new On({type:"default",innerType:this,get defaultValue(){return"function"==typeof t?t():shallowClone(t)}});var t},prefault(e){return t=e,new Sn({type:"prefault",innerType:this,get defaultValue(){return"function"==typeof t?t():shallowClone(t)}});var t},catch(e){return new jn({type:"catch",innerType:this,catchValue:"function"==typeof(t=e)?t:constantCatch(t)});var t},pipe(e){return pipe(this,e)},readonly(){return new zn({type:"readonly",innerType:this})},describe(e){const t=this.clone();return pt.add(t,{description:e}),t},meta(...e){if(0===e.length)return pt.get(this);const t=this.clone();return pt.add(t,e[0]),t},isOptional(){return this.safeParse(void 0).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return 0===t.length?e(this):e(this,...t)},get"~standard"(){return hide(this,"~standard",{...standardProps(this),jsonSchema:{input:createStandardJSONSchemaMethod(this,"input"),output:createStandardJSONSchemaMethod(this,"output")}})},set"~standard"(e){own(this,"~standard",e)},parse:function _parse(e,t){return Et(this,e,t,{callee:_parse})},parseAsync:async function _parseAsync(e,t){return await Ot(this,e,t,{callee:_parseAsync})},safeParse(e,t){return St(this,e,t)},async safeParseAsync(e,t){return Rt(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){own(this,"spa",e)},validate(e,t){return validate(this,e,t)},validateAsync(e,t){return(async(e,t,n)=>{const a=n?{...n,async:!0,abortEarly:!0}:{async:!0,abortEarly:!0};let o=e._zod.run({value:t,issues:[]},a);return o instanceof Promise&&(o=await o),0===o.issues.length})(this,e,t)},encode:function _encode(e,t){return jt(this,e,t,{callee:_encode})},decode:function _decode(e,t){return At(this,e,t,{callee:_decode})},encodeAsync:async function _encodeAsync(e,t){return await zt(this,e,t,{callee:_encodeAsync})},decodeAsync:async function _decodeAsync(e,t){return await Pt(this,e,t,{callee:_decodeAsync})},safeEncode(e,t){return Tt(this,e,t)},safeDecode(e,t){return Ct(this,e,t)},async safeEncodeAsync(e,t){return Nt(this,e,t)},async safeDecodeAsync(e,t){return $t(this,e,t)},toJSONSchema(e){return((e,t={})=>n=>{const a=to_json_schema_initializeContext({...n,processors:t});return to_json_schema_processSchema(e,a),to_json_schema_extractDefs(a,e),to_json_schema_finalize(a,e)})(this,{})(e)},get description(){return pt.get(this)?.description},get _def(){return this._zod.def}}),Dt=$constructor("_ZodString",(e,t)=>{ue.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>stringProcessor(e,t,n)},derived({format:e=>aggregateChecks(e).format??null,minLength:e=>aggregateChecks(e).minimum??null,maxLength:e=>aggregateChecks(e).maximum??null},{regex(...e){return this.check(function(e,t){return new te({check:"string_format",format:"regex",...normalizeParams(t),pattern:e})}(...e))},includes(...e){return this.check(function(e,t){return new oe({check:"string_format",format:"includes",...normalizeParams(t),includes:e})}(...e))},startsWith(...e){return this.check(function(e,t){return new ie({check:"string_format",format:"starts_with",...normalizeParams(t),prefix:e})}(...e))},endsWith(...e){return this.check(function(e,t){return new re({check:"string_format",format:"ends_with",...normalizeParams(t),suffix:e})}(...e))},min(...e){return this.check(_minLength(...e))},max(...e){return this.check(_maxLength(...e))},length(...e){return this.check(_length(...e))},nonempty(...e){return this.check(_minLength(1,...e))},lowercase(e){return this.check(function(e){return new ne({check:"string_format",format:"lowercase",...normalizeParams(e)})}(e))},uppercase(e){return this.check(function(e){return new ae({check:"string_format",format:"uppercase",...normalizeParams(e)})}(e))},trim(){return this.check(_overwrite(e=>e.trim()))},normalize(...e){return this.check(function(e){return _overwrite(t=>t.normalize(e))}(...e))},toLowerCase(){return this.check(_overwrite(e=>e.toLowerCase()))},toUpperCase(){return this.check(_overwrite(e=>e.toUpperCase()))},slugify(){return this.check(_overwrite(e=>function(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}(e)))}})),Ut=$constructor("ZodString",(e,t)=>{ue.init(e,t),Dt.init(e,t)},{email(e){return this.check(function(e,t){return new e({type:"string",format:"email",check:"string_format",abort:!1,...normalizeParams(t)})}(Zt,e))},url(e){return this.check(function(e,t){return new e({type:"string",format:"url",check:"string_format",abort:!1,...normalizeParams(t)})}(Jt,e))},jwt(e){return this.check(function(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:!1,...normalizeParams(t)})}(pn,e))},emoji(e){return this.check(function(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:!1,...normalizeParams(t)})}(Wt,e))},guid(e){return this.check(function(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:!1,...normalizeParams(t)})}(Ht,e))},uuid(e){return this.check(function(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,...normalizeParams(t)})}(Vt,e))},uuidv4(e){return this.check(function(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v4",...normalizeParams(t)})}(Vt,e))},uuidv6(e){return this.check(function(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v6",...normalizeParams(t)})}(Vt,e))},uuidv7(e){return this.check(function(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:!1,version:"v7",...normalizeParams(t)})}(Vt,e))},nanoid(e){return this.check(function(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:!1,...normalizeParams(t)})}(Kt,e))},cuid(e){return this.check(function(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:!1,...normalizeParams(t)})}(Gt,e))},cuid2(e){return this.check(function(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:!1,...normalizeParams(t)})}(Xt,e))},ulid(e){return this.check(function(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:!1,...normalizeParams(t)})}(Yt,e))},base64(e){return this.check(function(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:!1,...normalizeParams(t)})}(rn,e))},base64url(e){return this.check(function(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:!1,...normalizeParams(t)})}(sn,e))},xid(e){return this.check(function(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:!1,...normalizeParams(t)})}(Qt,e))},ksuid(e){return this.check(function(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:!1,...normalizeParams(t)})}(en,e))},ipv4(e){return this.check(function(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:!1,...normalizeParams(t)})}(tn,e))},ipv6(e){return this.check(function(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:!1,...normalizeParams(t)})}(nn,e))},cidrv4(e){return this.check(function(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:!1,...normalizeParams(t)})}(an,e))},cidrv6(e){return this.check(function(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:!1,...normalizeParams(t)})}(on,e))},e164(e){return this.check(function(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:!1,...normalizeParams(t)})}(cn,e))},datetime(e){return this.check(function(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:!1,local:!1,precision:null,...normalizeParams(t)})}(Ft,e))},date(e){return this.check(function(e,t){return new e({type:"string",format:"date",check:"string_format",...normalizeParams(t)})}(Bt,e))},time(e){return this.check(function(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...normalizeParams(t)})}(qt,e))},duration(e){return this.check(function(e,t){return new e({type:"string",format:"duration",check:"string_format",...normalizeParams(t)})}(Mt,e))}});function schemas_string(e){return function(e,t){return new e(snapshotChecks({type:"string",...normalizeParams(t)}))}(Ut,e)}const Lt=$constructor("ZodStringFormat",(e,t)=>{le.init(e,t),Dt.init(e,t)}),Ft=$constructor("ZodISODateTime",(e,t)=>{Ee.init(e,t),Lt.init(e,t)}),Bt=$constructor("ZodISODate",(e,t)=>{Oe.init(e,t),Lt.init(e,t)}),qt=$constructor("ZodISOTime",(e,t)=>{Se.init(e,t),Lt.init(e,t)}),Mt=$constructor("ZodISODuration",(e,t)=>{Re.init(e,t),Lt.init(e,t)}),Zt=$constructor("ZodEmail",(e,t)=>{fe.init(e,t),Lt.init(e,t)});const Ht=$constructor("ZodGUID",(e,t)=>{de.init(e,t),Lt.init(e,t)});const Vt=$constructor("ZodUUID",(e,t)=>{me.init(e,t),Lt.init(e,t)});const Jt=$constructor("ZodURL",(e,t)=>{xe.init(e,t),Lt.init(e,t)});const Wt=$constructor("ZodEmoji",(e,t)=>{ve.init(e,t),Lt.init(e,t)});const Kt=$constructor("ZodNanoID",(e,t)=>{ge.init(e,t),Lt.init(e,t)});const Gt=$constructor("ZodCUID",(e,t)=>{be.init(e,t),Lt.init(e,t)});const Xt=$constructor("ZodCUID2",(e,t)=>{ye.init(e,t),Lt.init(e,t)});const Yt=$constructor("ZodULID",(e,t)=>{we.init(e,t),Lt.init(e,t)});const Qt=$constructor("ZodXID",(e,t)=>{_e.init(e,t),Lt.init(e,t)});const en=$constructor("ZodKSUID",(e,t)=>{ke.init(e,t),Lt.init(e,t)});const tn=$constructor("ZodIPv4",(e,t)=>{je.init(e,t),Lt.init(e,t)});const nn=$constructor("ZodIPv6",(e,t)=>{ze.init(e,t),Lt.init(e,t)});const an=$constructor("ZodCIDRv4",(e,t)=>{Pe.init(e,t),Lt.init(e,t)});const on=$constructor("ZodCIDRv6",(e,t)=>{Te.init(e,t),Lt.init(e,t)});const rn=$constructor("ZodBase64",(e,t)=>{Ne.init(e,t),Lt.init(e,t)});const sn=$constructor("ZodBase64URL",(e,t)=>{Ie.init(e,t),Lt.init(e,t)});const cn=$constructor("ZodE164",(e,t)=>{De.init(e,t),Lt.init(e,t)});const pn=$constructor("ZodJWT",(e,t)=>{Ue.init(e,t),Lt.init(e,t)});const un=$constructor("ZodNumber",(e,t)=>{Le.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>numberProcessor(e,t,n,a),e.isFinite=!0},derived({minValue:e=>{const{minimum:t,exclusiveMinimum:n}=aggregateChecks(e);return Math.max(t??Number.NEGATIVE_INFINITY,n??Number.NEGATIVE_INFINITY)},maxValue:e=>{const{maximum:t,exclusiveMaximum:n}=aggregateChecks(e);return Math.min(t??Number.POSITIVE_INFINITY,n??Number.POSITIVE_INFINITY)},isInt:e=>{const{isInt:t,multipleOf:n}=aggregateChecks(e);return!!t||!!n?.some(Number.isSafeInteger)},format:e=>aggregateChecks(e).format??null},{gt(e,t){return this.check(_gt(e,t))},gte(e,t){return this.check(_gte(e,t))},min(e,t){return this.check(_gte(e,t))},lt(e,t){return this.check(_lt(e,t))},lte(e,t){return this.check(_lte(e,t))},max(e,t){return this.check(_lte(e,t))},int(e){return this.check(schemas_int(e))},safe(e){return this.check(schemas_int(e))},positive(e){return this.check(_gt(0,e))},nonnegative(e){return this.check(_gte(0,e))},negative(e){return this.check(_lt(0,e))},nonpositive(e){return this.check(_lte(0,e))},multipleOf(e,t){return this.check(_multipleOf(e,t))},step(e,t){return this.check(_multipleOf(e,t))},finite(){return this}}));function schemas_number(e){return function(e,t){return new e(snapshotChecks({type:"number",checks:[],...normalizeParams(t)}))}(un,e)}const ln=$constructor("ZodNumberFormat",(e,t)=>{Fe.init(e,t),un.init(e,t)});function schemas_int(e){return function(e,t){return new e({type:"number",check:"number_format",abort:!1,format:"safeint",...normalizeParams(t)})}(ln,e)}const dn=$constructor("ZodBoolean",(e,t)=>{Be.init(e,t),It.init(e,t),e._zod.processJSONSchema=(e,t,n)=>booleanProcessor(0,0,t)});function schemas_boolean(e){return function(e,t){return new e({type:"boolean",...normalizeParams(t)})}(dn,e)}const mn=$constructor("ZodUnknown",(e,t)=>{qe.init(e,t),It.init(e,t),e._zod.processJSONSchema=(e,t,n)=>{}});function unknown(){return function(e){return new e({type:"unknown"})}(mn)}const hn=$constructor("ZodNever",(e,t)=>{Me.init(e,t),It.init(e,t),e._zod.processJSONSchema=(e,t,n)=>neverProcessor(0,0,t)});function never(e){return function(e,t){return new e({type:"never",...normalizeParams(t)})}(hn,e)}const xn=$constructor("ZodArray",(e,t)=>{_ensureDefaultMemoizer(),Ze.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>arrayProcessor(e,t,n,a),e.element=t.element},{min(e,t){return this.check(_minLength(e,t))},nonempty(e){return this.check(_minLength(1,e))},max(e,t){return this.check(_maxLength(e,t))},length(e,t){return this.check(_length(e,t))},unwrap(){return this.element}});function array(e,t){return function(e,t,n){return new e({type:"array",element:t,...normalizeParams(n)})}(xn,e,t)}const vn=$constructor("ZodObject",(e,t)=>{_ensureDefaultMemoizer(),Je.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>objectProcessor(e,t,n,a),installLazyProp(e,"shape",e=>e._zod.def.shape,!1)},{keyof(){return schemas_enum(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(mergeDefs(this._zod.def,{catchall:e}))},passthrough(){return this.clone(mergeDefs(this._zod.def,{catchall:unknown()}))},loose(){return this.clone(mergeDefs(this._zod.def,{catchall:unknown()}))},strict(){return this.clone(mergeDefs(this._zod.def,{catchall:never()}))},strip(){return this.clone(mergeDefs(this._zod.def,{catchall:void 0}))},extend(e){return function(e,t){if(!isPlainObject(t))throw new Error("Invalid input to extend: expected a plain object");const n=e._zod.def.checks;if(n&&n.length>0){const n=sourceShape(e);for(const e of Reflect.ownKeys(t))if(void 0!==Object.getOwnPropertyDescriptor(n,e))throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}return clone(e,mergeDefs(e._zod.def,{shape:extended(e,t)}))}(this,e)},safeExtend(e){return function(e,t){if(!isPlainObject(t))throw new Error("Invalid input to safeExtend: expected a plain object");return clone(e,mergeDefs(e._zod.def,{shape:extended(e,t)}))}(this,e)},merge(e){return function(e,t){if(!t?._zod?.def)throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");if(e._zod.def.checks?.length)throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");const n={};return mirrorShape(n,e,Reflect.ownKeys(sourceShape(e))),mirrorShape(n,t,Reflect.ownKeys(sourceShape(t))),clone(e,mergeDefs(e._zod.def,{shape:n,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]}))}(this,e)},pick(e){return function(e,t){const n=e._zod.def,a=n.checks;if(a&&a.length>0)throw new Error(".pick() cannot be used on object schemas containing refinements");const o={};return mirrorShape(o,e,maskedKeys(e,t)),clone(e,mergeDefs(n,{shape:o,checks:[]}))}(this,e)},omit(e){return function(e,t){const n=e._zod.def,a=n.checks;if(a&&a.length>0)throw new Error(".omit() cannot be used on object schemas containing refinements");const o=new Set(maskedKeys(e,t)),i={};return mirrorShape(i,e,Reflect.ownKeys(sourceShape(e)).filter(e=>!o.has(e))),clone(e,mergeDefs(n,{shape:i,checks:[]}))}(this,e)},partial(...e){return partial(_n,this,e[0])},exactPartial(...e){return partial(kn,this,e[0],"exactPartial")},required(...e){return function(e,t,n){const a=n?new Set(maskedKeys(t,n)):void 0,o={};return mirrorShape(o,t,Reflect.ownKeys(sourceShape(t)),(t,n)=>a&&!a.has(n)?t:new e({type:"nonoptional",innerType:t})),clone(t,mergeDefs(t._zod.def,{shape:o}))}(Rn,this,e[0])}});function object(e,t){const n={type:"object",shape:e??{},...normalizeParams(t)};return new vn(n)}const gn=$constructor("ZodUnion",(e,t)=>{We.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>unionProcessor(e,t,n,a),e.options=t.options});function union(e,t){return new gn({type:"union",options:e,...normalizeParams(t)})}const bn=$constructor("ZodIntersection",(e,t)=>{Ke.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>intersectionProcessor(e,t,n,a)});const yn=$constructor("ZodEnum",(e,t)=>{Ge.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>enumProcessor(e,0,n),e.enum=t.entries,e.options=[...e._zod.values];const n=new Set(Object.keys(t.entries));e.extract=(e,a)=>{const o={};for(const a of e){if(!n.has(a))throw new Error(`Key ${a} not found in enum`);o[a]=t.entries[a]}return new yn({...t,checks:[],...normalizeParams(a),entries:o})},e.exclude=(e,a)=>{const o={...t.entries};for(const t of e){if(!n.has(t))throw new Error(`Key ${t} not found in enum`);delete o[t]}return new yn({...t,checks:[],...normalizeParams(a),entries:o})}});function schemas_enum(e,t){const n=Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e;return new yn({type:"enum",entries:n,...normalizeParams(t)})}const wn=$constructor("ZodTransform",(e,t)=>{_ensureDefaultMemoizer(),Xe.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>transformProcessor(e,t,n,a),e._zod.parse=(n,a)=>{if("backward"===a.direction)throw new $ZodEncodeError(e.constructor.name);n.addIssue=a=>{if("string"==typeof a)n.issues.push(util_issue(a,n.value,t));else{const t=a;t.fatal&&(t.continue=!1),t.code??(t.code="custom"),"input"in t||(t.input=n.value),t.inst??(t.inst=e),n.issues.push(util_issue(t))}};const o=t.transform(n.value,n);return o instanceof Promise?o.then(e=>(n.value=e,n)):(n.value=o,n)}});function transform(e){return new wn({type:"transform",transform:e})}const _n=$constructor("ZodOptional",(e,t)=>{Ye.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>optionalProcessor(e,t,0,a),e.unwrap=()=>e._zod.def.innerType});function optional(e){return new _n({type:"optional",innerType:e})}const kn=$constructor("ZodExactOptional",(e,t)=>{Qe.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>optionalProcessor(e,t,0,a),e.unwrap=()=>e._zod.def.innerType});const En=$constructor("ZodNullable",(e,t)=>{et.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>nullableProcessor(e,t,n,a),e.unwrap=()=>e._zod.def.innerType});function nullable(e){return new En({type:"nullable",innerType:e})}const On=$constructor("ZodDefault",(e,t)=>{tt.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>defaultProcessor(e,t,n,a),e.unwrap=()=>e._zod.def.innerType,e.removeDefault=e.unwrap});const Sn=$constructor("ZodPrefault",(e,t)=>{nt.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>prefaultProcessor(e,t,n,a),e.unwrap=()=>e._zod.def.innerType});const Rn=$constructor("ZodNonOptional",(e,t)=>{at.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>nonoptionalProcessor(e,t,0,a),e.unwrap=()=>e._zod.def.innerType});const jn=$constructor("ZodCatch",(e,t)=>{ot.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>catchProcessor(e,t,n,a),e.unwrap=()=>e._zod.def.innerType,e.removeCatch=e.unwrap});const An=$constructor("ZodPipe",(e,t)=>{it.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>pipeProcessor(e,t,0,a),e.in=t.in,e.out=t.out});function pipe(e,t){return new An({type:"pipe",in:e,out:t})}const zn=$constructor("ZodReadonly",(e,t)=>{rt.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>readonlyProcessor(e,t,n,a),e.unwrap=()=>e._zod.def.innerType});const Pn=$constructor("ZodCustom",(e,t)=>{st.init(e,t),It.init(e,t),e._zod.processJSONSchema=(t,n,a)=>customProcessor(e,t,n,a)})},81813:e=>{e.exports=JSON.parse('{"application/1d-interleaved-parityfec":{"source":"iana"},"application/3gpdash-qoe-report+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/3gpp-ims+xml":{"source":"iana","compressible":true},"application/3gpphal+json":{"source":"iana","compressible":true},"application/3gpphalforms+json":{"source":"iana","compressible":true},"application/a2l":{"source":"iana"},"application/ace+cbor":{"source":"iana"},"application/activemessage":{"source":"iana"},"application/activity+json":{"source":"iana","compressible":true},"application/alto-costmap+json":{"source":"iana","compressible":true},"application/alto-costmapfilter+json":{"source":"iana","compressible":true},"application/alto-directory+json":{"source":"iana","compressible":true},"application/alto-endpointcost+json":{"source":"iana","compressible":true},"application/alto-endpointcostparams+json":{"source":"iana","compressible":true},"application/alto-endpointprop+json":{"source":"iana","compressible":true},"application/alto-endpointpropparams+json":{"source":"iana","compressible":true},"application/alto-error+json":{"source":"iana","compressible":true},"application/alto-networkmap+json":{"source":"iana","compressible":true},"application/alto-networkmapfilter+json":{"source":"iana","compressible":true},"application/alto-updatestreamcontrol+json":{"source":"iana","compressible":true},"application/alto-updatestreamparams+json":{"source":"iana","compressible":true},"application/aml":{"source":"iana"},"application/andrew-inset":{"source":"iana","extensions":["ez"]},"application/applefile":{"source":"iana"},"application/applixware":{"source":"apache","extensions":["aw"]},"application/at+jwt":{"source":"iana"},"application/atf":{"source":"iana"},"application/atfx":{"source":"iana"},"application/atom+xml":{"source":"iana","compressible":true,"extensions":["atom"]},"application/atomcat+xml":{"source":"iana","compressible":true,"extensions":["atomcat"]},"application/atomdeleted+xml":{"source":"iana","compressible":true,"extensions":["atomdeleted"]},"application/atomicmail":{"source":"iana"},"application/atomsvc+xml":{"source":"iana","compressible":true,"extensions":["atomsvc"]},"application/atsc-dwd+xml":{"source":"iana","compressible":true,"extensions":["dwd"]},"application/atsc-dynamic-event-message":{"source":"iana"},"application/atsc-held+xml":{"source":"iana","compressible":true,"extensions":["held"]},"application/atsc-rdt+json":{"source":"iana","compressible":true},"application/atsc-rsat+xml":{"source":"iana","compressible":true,"extensions":["rsat"]},"application/atxml":{"source":"iana"},"application/auth-policy+xml":{"source":"iana","compressible":true},"application/bacnet-xdd+zip":{"source":"iana","compressible":false},"application/batch-smtp":{"source":"iana"},"application/bdoc":{"compressible":false,"extensions":["bdoc"]},"application/beep+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/calendar+json":{"source":"iana","compressible":true},"application/calendar+xml":{"source":"iana","compressible":true,"extensions":["xcs"]},"application/call-completion":{"source":"iana"},"application/cals-1840":{"source":"iana"},"application/captive+json":{"source":"iana","compressible":true},"application/cbor":{"source":"iana"},"application/cbor-seq":{"source":"iana"},"application/cccex":{"source":"iana"},"application/ccmp+xml":{"source":"iana","compressible":true},"application/ccxml+xml":{"source":"iana","compressible":true,"extensions":["ccxml"]},"application/cdfx+xml":{"source":"iana","compressible":true,"extensions":["cdfx"]},"application/cdmi-capability":{"source":"iana","extensions":["cdmia"]},"application/cdmi-container":{"source":"iana","extensions":["cdmic"]},"application/cdmi-domain":{"source":"iana","extensions":["cdmid"]},"application/cdmi-object":{"source":"iana","extensions":["cdmio"]},"application/cdmi-queue":{"source":"iana","extensions":["cdmiq"]},"application/cdni":{"source":"iana"},"application/cea":{"source":"iana"},"application/cea-2018+xml":{"source":"iana","compressible":true},"application/cellml+xml":{"source":"iana","compressible":true},"application/cfw":{"source":"iana"},"application/city+json":{"source":"iana","compressible":true},"application/clr":{"source":"iana"},"application/clue+xml":{"source":"iana","compressible":true},"application/clue_info+xml":{"source":"iana","compressible":true},"application/cms":{"source":"iana"},"application/cnrp+xml":{"source":"iana","compressible":true},"application/coap-group+json":{"source":"iana","compressible":true},"application/coap-payload":{"source":"iana"},"application/commonground":{"source":"iana"},"application/conference-info+xml":{"source":"iana","compressible":true},"application/cose":{"source":"iana"},"application/cose-key":{"source":"iana"},"application/cose-key-set":{"source":"iana"},"application/cpl+xml":{"source":"iana","compressible":true,"extensions":["cpl"]},"application/csrattrs":{"source":"iana"},"application/csta+xml":{"source":"iana","compressible":true},"application/cstadata+xml":{"source":"iana","compressible":true},"application/csvm+json":{"source":"iana","compressible":true},"application/cu-seeme":{"source":"apache","extensions":["cu"]},"application/cwt":{"source":"iana"},"application/cybercash":{"source":"iana"},"application/dart":{"compressible":true},"application/dash+xml":{"source":"iana","compressible":true,"extensions":["mpd"]},"application/dash-patch+xml":{"source":"iana","compressible":true,"extensions":["mpp"]},"application/dashdelta":{"source":"iana"},"application/davmount+xml":{"source":"iana","compressible":true,"extensions":["davmount"]},"application/dca-rft":{"source":"iana"},"application/dcd":{"source":"iana"},"application/dec-dx":{"source":"iana"},"application/dialog-info+xml":{"source":"iana","compressible":true},"application/dicom":{"source":"iana"},"application/dicom+json":{"source":"iana","compressible":true},"application/dicom+xml":{"source":"iana","compressible":true},"application/dii":{"source":"iana"},"application/dit":{"source":"iana"},"application/dns":{"source":"iana"},"application/dns+json":{"source":"iana","compressible":true},"application/dns-message":{"source":"iana"},"application/docbook+xml":{"source":"apache","compressible":true,"extensions":["dbk"]},"application/dots+cbor":{"source":"iana"},"application/dskpp+xml":{"source":"iana","compressible":true},"application/dssc+der":{"source":"iana","extensions":["dssc"]},"application/dssc+xml":{"source":"iana","compressible":true,"extensions":["xdssc"]},"application/dvcs":{"source":"iana"},"application/ecmascript":{"source":"iana","compressible":true,"extensions":["es","ecma"]},"application/edi-consent":{"source":"iana"},"application/edi-x12":{"source":"iana","compressible":false},"application/edifact":{"source":"iana","compressible":false},"application/efi":{"source":"iana"},"application/elm+json":{"source":"iana","charset":"UTF-8","compressible":true},"application/elm+xml":{"source":"iana","compressible":true},"application/emergencycalldata.cap+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/emergencycalldata.comment+xml":{"source":"iana","compressible":true},"application/emergencycalldata.control+xml":{"source":"iana","compressible":true},"application/emergencycalldata.deviceinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.ecall.msd":{"source":"iana"},"application/emergencycalldata.providerinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.serviceinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.subscriberinfo+xml":{"source":"iana","compressible":true},"application/emergencycalldata.veds+xml":{"source":"iana","compressible":true},"application/emma+xml":{"source":"iana","compressible":true,"extensions":["emma"]},"application/emotionml+xml":{"source":"iana","compressible":true,"extensions":["emotionml"]},"application/encaprtp":{"source":"iana"},"application/epp+xml":{"source":"iana","compressible":true},"application/epub+zip":{"source":"iana","compressible":false,"extensions":["epub"]},"application/eshop":{"source":"iana"},"application/exi":{"source":"iana","extensions":["exi"]},"application/expect-ct-report+json":{"source":"iana","compressible":true},"application/express":{"source":"iana","extensions":["exp"]},"application/fastinfoset":{"source":"iana"},"application/fastsoap":{"source":"iana"},"application/fdt+xml":{"source":"iana","compressible":true,"extensions":["fdt"]},"application/fhir+json":{"source":"iana","charset":"UTF-8","compressible":true},"application/fhir+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/fido.trusted-apps+json":{"compressible":true},"application/fits":{"source":"iana"},"application/flexfec":{"source":"iana"},"application/font-sfnt":{"source":"iana"},"application/font-tdpfr":{"source":"iana","extensions":["pfr"]},"application/font-woff":{"source":"iana","compressible":false},"application/framework-attributes+xml":{"source":"iana","compressible":true},"application/geo+json":{"source":"iana","compressible":true,"extensions":["geojson"]},"application/geo+json-seq":{"source":"iana"},"application/geopackage+sqlite3":{"source":"iana"},"application/geoxacml+xml":{"source":"iana","compressible":true},"application/gltf-buffer":{"source":"iana"},"application/gml+xml":{"source":"iana","compressible":true,"extensions":["gml"]},"application/gpx+xml":{"source":"apache","compressible":true,"extensions":["gpx"]},"application/gxf":{"source":"apache","extensions":["gxf"]},"application/gzip":{"source":"iana","compressible":false,"extensions":["gz"]},"application/h224":{"source":"iana"},"application/held+xml":{"source":"iana","compressible":true},"application/hjson":{"extensions":["hjson"]},"application/http":{"source":"iana"},"application/hyperstudio":{"source":"iana","extensions":["stk"]},"application/ibe-key-request+xml":{"source":"iana","compressible":true},"application/ibe-pkg-reply+xml":{"source":"iana","compressible":true},"application/ibe-pp-data":{"source":"iana"},"application/iges":{"source":"iana"},"application/im-iscomposing+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/index":{"source":"iana"},"application/index.cmd":{"source":"iana"},"application/index.obj":{"source":"iana"},"application/index.response":{"source":"iana"},"application/index.vnd":{"source":"iana"},"application/inkml+xml":{"source":"iana","compressible":true,"extensions":["ink","inkml"]},"application/iotp":{"source":"iana"},"application/ipfix":{"source":"iana","extensions":["ipfix"]},"application/ipp":{"source":"iana"},"application/isup":{"source":"iana"},"application/its+xml":{"source":"iana","compressible":true,"extensions":["its"]},"application/java-archive":{"source":"apache","compressible":false,"extensions":["jar","war","ear"]},"application/java-serialized-object":{"source":"apache","compressible":false,"extensions":["ser"]},"application/java-vm":{"source":"apache","compressible":false,"extensions":["class"]},"application/javascript":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["js","mjs"]},"application/jf2feed+json":{"source":"iana","compressible":true},"application/jose":{"source":"iana"},"application/jose+json":{"source":"iana","compressible":true},"application/jrd+json":{"source":"iana","compressible":true},"application/jscalendar+json":{"source":"iana","compressible":true},"application/json":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["json","map"]},"application/json-patch+json":{"source":"iana","compressible":true},"application/json-seq":{"source":"iana"},"application/json5":{"extensions":["json5"]},"application/jsonml+json":{"source":"apache","compressible":true,"extensions":["jsonml"]},"application/jwk+json":{"source":"iana","compressible":true},"application/jwk-set+json":{"source":"iana","compressible":true},"application/jwt":{"source":"iana"},"application/kpml-request+xml":{"source":"iana","compressible":true},"application/kpml-response+xml":{"source":"iana","compressible":true},"application/ld+json":{"source":"iana","compressible":true,"extensions":["jsonld"]},"application/lgr+xml":{"source":"iana","compressible":true,"extensions":["lgr"]},"application/link-format":{"source":"iana"},"application/load-control+xml":{"source":"iana","compressible":true},"application/lost+xml":{"source":"iana","compressible":true,"extensions":["lostxml"]},"application/lostsync+xml":{"source":"iana","compressible":true},"application/lpf+zip":{"source":"iana","compressible":false},"application/lxf":{"source":"iana"},"application/mac-binhex40":{"source":"iana","extensions":["hqx"]},"application/mac-compactpro":{"source":"apache","extensions":["cpt"]},"application/macwriteii":{"source":"iana"},"application/mads+xml":{"source":"iana","compressible":true,"extensions":["mads"]},"application/manifest+json":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["webmanifest"]},"application/marc":{"source":"iana","extensions":["mrc"]},"application/marcxml+xml":{"source":"iana","compressible":true,"extensions":["mrcx"]},"application/mathematica":{"source":"iana","extensions":["ma","nb","mb"]},"application/mathml+xml":{"source":"iana","compressible":true,"extensions":["mathml"]},"application/mathml-content+xml":{"source":"iana","compressible":true},"application/mathml-presentation+xml":{"source":"iana","compressible":true},"application/mbms-associated-procedure-description+xml":{"source":"iana","compressible":true},"application/mbms-deregister+xml":{"source":"iana","compressible":true},"application/mbms-envelope+xml":{"source":"iana","compressible":true},"application/mbms-msk+xml":{"source":"iana","compressible":true},"application/mbms-msk-response+xml":{"source":"iana","compressible":true},"application/mbms-protection-description+xml":{"source":"iana","compressible":true},"application/mbms-reception-report+xml":{"source":"iana","compressible":true},"application/mbms-register+xml":{"source":"iana","compressible":true},"application/mbms-register-response+xml":{"source":"iana","compressible":true},"application/mbms-schedule+xml":{"source":"iana","compressible":true},"application/mbms-user-service-description+xml":{"source":"iana","compressible":true},"application/mbox":{"source":"iana","extensions":["mbox"]},"application/media-policy-dataset+xml":{"source":"iana","compressible":true,"extensions":["mpf"]},"application/media_control+xml":{"source":"iana","compressible":true},"application/mediaservercontrol+xml":{"source":"iana","compressible":true,"extensions":["mscml"]},"application/merge-patch+json":{"source":"iana","compressible":true},"application/metalink+xml":{"source":"apache","compressible":true,"extensions":["metalink"]},"application/metalink4+xml":{"source":"iana","compressible":true,"extensions":["meta4"]},"application/mets+xml":{"source":"iana","compressible":true,"extensions":["mets"]},"application/mf4":{"source":"iana"},"application/mikey":{"source":"iana"},"application/mipc":{"source":"iana"},"application/missing-blocks+cbor-seq":{"source":"iana"},"application/mmt-aei+xml":{"source":"iana","compressible":true,"extensions":["maei"]},"application/mmt-usd+xml":{"source":"iana","compressible":true,"extensions":["musd"]},"application/mods+xml":{"source":"iana","compressible":true,"extensions":["mods"]},"application/moss-keys":{"source":"iana"},"application/moss-signature":{"source":"iana"},"application/mosskey-data":{"source":"iana"},"application/mosskey-request":{"source":"iana"},"application/mp21":{"source":"iana","extensions":["m21","mp21"]},"application/mp4":{"source":"iana","extensions":["mp4s","m4p"]},"application/mpeg4-generic":{"source":"iana"},"application/mpeg4-iod":{"source":"iana"},"application/mpeg4-iod-xmt":{"source":"iana"},"application/mrb-consumer+xml":{"source":"iana","compressible":true},"application/mrb-publish+xml":{"source":"iana","compressible":true},"application/msc-ivr+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/msc-mixer+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/msword":{"source":"iana","compressible":false,"extensions":["doc","dot"]},"application/mud+json":{"source":"iana","compressible":true},"application/multipart-core":{"source":"iana"},"application/mxf":{"source":"iana","extensions":["mxf"]},"application/n-quads":{"source":"iana","extensions":["nq"]},"application/n-triples":{"source":"iana","extensions":["nt"]},"application/nasdata":{"source":"iana"},"application/news-checkgroups":{"source":"iana","charset":"US-ASCII"},"application/news-groupinfo":{"source":"iana","charset":"US-ASCII"},"application/news-transmission":{"source":"iana"},"application/nlsml+xml":{"source":"iana","compressible":true},"application/node":{"source":"iana","extensions":["cjs"]},"application/nss":{"source":"iana"},"application/oauth-authz-req+jwt":{"source":"iana"},"application/oblivious-dns-message":{"source":"iana"},"application/ocsp-request":{"source":"iana"},"application/ocsp-response":{"source":"iana"},"application/octet-stream":{"source":"iana","compressible":false,"extensions":["bin","dms","lrf","mar","so","dist","distz","pkg","bpk","dump","elc","deploy","exe","dll","deb","dmg","iso","img","msi","msp","msm","buffer"]},"application/oda":{"source":"iana","extensions":["oda"]},"application/odm+xml":{"source":"iana","compressible":true},"application/odx":{"source":"iana"},"application/oebps-package+xml":{"source":"iana","compressible":true,"extensions":["opf"]},"application/ogg":{"source":"iana","compressible":false,"extensions":["ogx"]},"application/omdoc+xml":{"source":"apache","compressible":true,"extensions":["omdoc"]},"application/onenote":{"source":"apache","extensions":["onetoc","onetoc2","onetmp","onepkg"]},"application/opc-nodeset+xml":{"source":"iana","compressible":true},"application/oscore":{"source":"iana"},"application/oxps":{"source":"iana","extensions":["oxps"]},"application/p21":{"source":"iana"},"application/p21+zip":{"source":"iana","compressible":false},"application/p2p-overlay+xml":{"source":"iana","compressible":true,"extensions":["relo"]},"application/parityfec":{"source":"iana"},"application/passport":{"source":"iana"},"application/patch-ops-error+xml":{"source":"iana","compressible":true,"extensions":["xer"]},"application/pdf":{"source":"iana","compressible":false,"extensions":["pdf"]},"application/pdx":{"source":"iana"},"application/pem-certificate-chain":{"source":"iana"},"application/pgp-encrypted":{"source":"iana","compressible":false,"extensions":["pgp"]},"application/pgp-keys":{"source":"iana","extensions":["asc"]},"application/pgp-signature":{"source":"iana","extensions":["asc","sig"]},"application/pics-rules":{"source":"apache","extensions":["prf"]},"application/pidf+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/pidf-diff+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/pkcs10":{"source":"iana","extensions":["p10"]},"application/pkcs12":{"source":"iana"},"application/pkcs7-mime":{"source":"iana","extensions":["p7m","p7c"]},"application/pkcs7-signature":{"source":"iana","extensions":["p7s"]},"application/pkcs8":{"source":"iana","extensions":["p8"]},"application/pkcs8-encrypted":{"source":"iana"},"application/pkix-attr-cert":{"source":"iana","extensions":["ac"]},"application/pkix-cert":{"source":"iana","extensions":["cer"]},"application/pkix-crl":{"source":"iana","extensions":["crl"]},"application/pkix-pkipath":{"source":"iana","extensions":["pkipath"]},"application/pkixcmp":{"source":"iana","extensions":["pki"]},"application/pls+xml":{"source":"iana","compressible":true,"extensions":["pls"]},"application/poc-settings+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/postscript":{"source":"iana","compressible":true,"extensions":["ai","eps","ps"]},"application/ppsp-tracker+json":{"source":"iana","compressible":true},"application/problem+json":{"source":"iana","compressible":true},"application/problem+xml":{"source":"iana","compressible":true},"application/provenance+xml":{"source":"iana","compressible":true,"extensions":["provx"]},"application/prs.alvestrand.titrax-sheet":{"source":"iana"},"application/prs.cww":{"source":"iana","extensions":["cww"]},"application/prs.cyn":{"source":"iana","charset":"7-BIT"},"application/prs.hpub+zip":{"source":"iana","compressible":false},"application/prs.nprend":{"source":"iana"},"application/prs.plucker":{"source":"iana"},"application/prs.rdf-xml-crypt":{"source":"iana"},"application/prs.xsf+xml":{"source":"iana","compressible":true},"application/pskc+xml":{"source":"iana","compressible":true,"extensions":["pskcxml"]},"application/pvd+json":{"source":"iana","compressible":true},"application/qsig":{"source":"iana"},"application/raml+yaml":{"compressible":true,"extensions":["raml"]},"application/raptorfec":{"source":"iana"},"application/rdap+json":{"source":"iana","compressible":true},"application/rdf+xml":{"source":"iana","compressible":true,"extensions":["rdf","owl"]},"application/reginfo+xml":{"source":"iana","compressible":true,"extensions":["rif"]},"application/relax-ng-compact-syntax":{"source":"iana","extensions":["rnc"]},"application/remote-printing":{"source":"iana"},"application/reputon+json":{"source":"iana","compressible":true},"application/resource-lists+xml":{"source":"iana","compressible":true,"extensions":["rl"]},"application/resource-lists-diff+xml":{"source":"iana","compressible":true,"extensions":["rld"]},"application/rfc+xml":{"source":"iana","compressible":true},"application/riscos":{"source":"iana"},"application/rlmi+xml":{"source":"iana","compressible":true},"application/rls-services+xml":{"source":"iana","compressible":true,"extensions":["rs"]},"application/route-apd+xml":{"source":"iana","compressible":true,"extensions":["rapd"]},"application/route-s-tsid+xml":{"source":"iana","compressible":true,"extensions":["sls"]},"application/route-usd+xml":{"source":"iana","compressible":true,"extensions":["rusd"]},"application/rpki-ghostbusters":{"source":"iana","extensions":["gbr"]},"application/rpki-manifest":{"source":"iana","extensions":["mft"]},"application/rpki-publication":{"source":"iana"},"application/rpki-roa":{"source":"iana","extensions":["roa"]},"application/rpki-updown":{"source":"iana"},"application/rsd+xml":{"source":"apache","compressible":true,"extensions":["rsd"]},"application/rss+xml":{"source":"apache","compressible":true,"extensions":["rss"]},"application/rtf":{"source":"iana","compressible":true,"extensions":["rtf"]},"application/rtploopback":{"source":"iana"},"application/rtx":{"source":"iana"},"application/samlassertion+xml":{"source":"iana","compressible":true},"application/samlmetadata+xml":{"source":"iana","compressible":true},"application/sarif+json":{"source":"iana","compressible":true},"application/sarif-external-properties+json":{"source":"iana","compressible":true},"application/sbe":{"source":"iana"},"application/sbml+xml":{"source":"iana","compressible":true,"extensions":["sbml"]},"application/scaip+xml":{"source":"iana","compressible":true},"application/scim+json":{"source":"iana","compressible":true},"application/scvp-cv-request":{"source":"iana","extensions":["scq"]},"application/scvp-cv-response":{"source":"iana","extensions":["scs"]},"application/scvp-vp-request":{"source":"iana","extensions":["spq"]},"application/scvp-vp-response":{"source":"iana","extensions":["spp"]},"application/sdp":{"source":"iana","extensions":["sdp"]},"application/secevent+jwt":{"source":"iana"},"application/senml+cbor":{"source":"iana"},"application/senml+json":{"source":"iana","compressible":true},"application/senml+xml":{"source":"iana","compressible":true,"extensions":["senmlx"]},"application/senml-etch+cbor":{"source":"iana"},"application/senml-etch+json":{"source":"iana","compressible":true},"application/senml-exi":{"source":"iana"},"application/sensml+cbor":{"source":"iana"},"application/sensml+json":{"source":"iana","compressible":true},"application/sensml+xml":{"source":"iana","compressible":true,"extensions":["sensmlx"]},"application/sensml-exi":{"source":"iana"},"application/sep+xml":{"source":"iana","compressible":true},"application/sep-exi":{"source":"iana"},"application/session-info":{"source":"iana"},"application/set-payment":{"source":"iana"},"application/set-payment-initiation":{"source":"iana","extensions":["setpay"]},"application/set-registration":{"source":"iana"},"application/set-registration-initiation":{"source":"iana","extensions":["setreg"]},"application/sgml":{"source":"iana"},"application/sgml-open-catalog":{"source":"iana"},"application/shf+xml":{"source":"iana","compressible":true,"extensions":["shf"]},"application/sieve":{"source":"iana","extensions":["siv","sieve"]},"application/simple-filter+xml":{"source":"iana","compressible":true},"application/simple-message-summary":{"source":"iana"},"application/simplesymbolcontainer":{"source":"iana"},"application/sipc":{"source":"iana"},"application/slate":{"source":"iana"},"application/smil":{"source":"iana"},"application/smil+xml":{"source":"iana","compressible":true,"extensions":["smi","smil"]},"application/smpte336m":{"source":"iana"},"application/soap+fastinfoset":{"source":"iana"},"application/soap+xml":{"source":"iana","compressible":true},"application/sparql-query":{"source":"iana","extensions":["rq"]},"application/sparql-results+xml":{"source":"iana","compressible":true,"extensions":["srx"]},"application/spdx+json":{"source":"iana","compressible":true},"application/spirits-event+xml":{"source":"iana","compressible":true},"application/sql":{"source":"iana"},"application/srgs":{"source":"iana","extensions":["gram"]},"application/srgs+xml":{"source":"iana","compressible":true,"extensions":["grxml"]},"application/sru+xml":{"source":"iana","compressible":true,"extensions":["sru"]},"application/ssdl+xml":{"source":"apache","compressible":true,"extensions":["ssdl"]},"application/ssml+xml":{"source":"iana","compressible":true,"extensions":["ssml"]},"application/stix+json":{"source":"iana","compressible":true},"application/swid+xml":{"source":"iana","compressible":true,"extensions":["swidtag"]},"application/tamp-apex-update":{"source":"iana"},"application/tamp-apex-update-confirm":{"source":"iana"},"application/tamp-community-update":{"source":"iana"},"application/tamp-community-update-confirm":{"source":"iana"},"application/tamp-error":{"source":"iana"},"application/tamp-sequence-adjust":{"source":"iana"},"application/tamp-sequence-adjust-confirm":{"source":"iana"},"application/tamp-status-query":{"source":"iana"},"application/tamp-status-response":{"source":"iana"},"application/tamp-update":{"source":"iana"},"application/tamp-update-confirm":{"source":"iana"},"application/tar":{"compressible":true},"application/taxii+json":{"source":"iana","compressible":true},"application/td+json":{"source":"iana","compressible":true},"application/tei+xml":{"source":"iana","compressible":true,"extensions":["tei","teicorpus"]},"application/tetra_isi":{"source":"iana"},"application/thraud+xml":{"source":"iana","compressible":true,"extensions":["tfi"]},"application/timestamp-query":{"source":"iana"},"application/timestamp-reply":{"source":"iana"},"application/timestamped-data":{"source":"iana","extensions":["tsd"]},"application/tlsrpt+gzip":{"source":"iana"},"application/tlsrpt+json":{"source":"iana","compressible":true},"application/tnauthlist":{"source":"iana"},"application/token-introspection+jwt":{"source":"iana"},"application/toml":{"compressible":true,"extensions":["toml"]},"application/trickle-ice-sdpfrag":{"source":"iana"},"application/trig":{"source":"iana","extensions":["trig"]},"application/ttml+xml":{"source":"iana","compressible":true,"extensions":["ttml"]},"application/tve-trigger":{"source":"iana"},"application/tzif":{"source":"iana"},"application/tzif-leap":{"source":"iana"},"application/ubjson":{"compressible":false,"extensions":["ubj"]},"application/ulpfec":{"source":"iana"},"application/urc-grpsheet+xml":{"source":"iana","compressible":true},"application/urc-ressheet+xml":{"source":"iana","compressible":true,"extensions":["rsheet"]},"application/urc-targetdesc+xml":{"source":"iana","compressible":true,"extensions":["td"]},"application/urc-uisocketdesc+xml":{"source":"iana","compressible":true},"application/vcard+json":{"source":"iana","compressible":true},"application/vcard+xml":{"source":"iana","compressible":true},"application/vemmi":{"source":"iana"},"application/vividence.scriptfile":{"source":"apache"},"application/vnd.1000minds.decision-model+xml":{"source":"iana","compressible":true,"extensions":["1km"]},"application/vnd.3gpp-prose+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-prose-pc3ch+xml":{"source":"iana","compressible":true},"application/vnd.3gpp-v2x-local-service-information":{"source":"iana"},"application/vnd.3gpp.5gnas":{"source":"iana"},"application/vnd.3gpp.access-transfer-events+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.bsf+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.gmop+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.gtpc":{"source":"iana"},"application/vnd.3gpp.interworking-data":{"source":"iana"},"application/vnd.3gpp.lpp":{"source":"iana"},"application/vnd.3gpp.mc-signalling-ear":{"source":"iana"},"application/vnd.3gpp.mcdata-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-payload":{"source":"iana"},"application/vnd.3gpp.mcdata-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-signalling":{"source":"iana"},"application/vnd.3gpp.mcdata-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcdata-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-floor-request+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-location-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-mbms-usage-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-signed+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-ue-init-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcptt-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-affiliation-command+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-affiliation-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-location-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-mbms-usage-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-service-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-transmission-request+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-ue-config+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mcvideo-user-profile+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.mid-call+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.ngap":{"source":"iana"},"application/vnd.3gpp.pfcp":{"source":"iana"},"application/vnd.3gpp.pic-bw-large":{"source":"iana","extensions":["plb"]},"application/vnd.3gpp.pic-bw-small":{"source":"iana","extensions":["psb"]},"application/vnd.3gpp.pic-bw-var":{"source":"iana","extensions":["pvb"]},"application/vnd.3gpp.s1ap":{"source":"iana"},"application/vnd.3gpp.sms":{"source":"iana"},"application/vnd.3gpp.sms+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.srvcc-ext+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.srvcc-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.state-and-event-info+xml":{"source":"iana","compressible":true},"application/vnd.3gpp.ussd+xml":{"source":"iana","compressible":true},"application/vnd.3gpp2.bcmcsinfo+xml":{"source":"iana","compressible":true},"application/vnd.3gpp2.sms":{"source":"iana"},"application/vnd.3gpp2.tcap":{"source":"iana","extensions":["tcap"]},"application/vnd.3lightssoftware.imagescal":{"source":"iana"},"application/vnd.3m.post-it-notes":{"source":"iana","extensions":["pwn"]},"application/vnd.accpac.simply.aso":{"source":"iana","extensions":["aso"]},"application/vnd.accpac.simply.imp":{"source":"iana","extensions":["imp"]},"application/vnd.acucobol":{"source":"iana","extensions":["acu"]},"application/vnd.acucorp":{"source":"iana","extensions":["atc","acutc"]},"application/vnd.adobe.air-application-installer-package+zip":{"source":"apache","compressible":false,"extensions":["air"]},"application/vnd.adobe.flash.movie":{"source":"iana"},"application/vnd.adobe.formscentral.fcdt":{"source":"iana","extensions":["fcdt"]},"application/vnd.adobe.fxp":{"source":"iana","extensions":["fxp","fxpl"]},"application/vnd.adobe.partial-upload":{"source":"iana"},"application/vnd.adobe.xdp+xml":{"source":"iana","compressible":true,"extensions":["xdp"]},"application/vnd.adobe.xfdf":{"source":"iana","extensions":["xfdf"]},"application/vnd.aether.imp":{"source":"iana"},"application/vnd.afpc.afplinedata":{"source":"iana"},"application/vnd.afpc.afplinedata-pagedef":{"source":"iana"},"application/vnd.afpc.cmoca-cmresource":{"source":"iana"},"application/vnd.afpc.foca-charset":{"source":"iana"},"application/vnd.afpc.foca-codedfont":{"source":"iana"},"application/vnd.afpc.foca-codepage":{"source":"iana"},"application/vnd.afpc.modca":{"source":"iana"},"application/vnd.afpc.modca-cmtable":{"source":"iana"},"application/vnd.afpc.modca-formdef":{"source":"iana"},"application/vnd.afpc.modca-mediummap":{"source":"iana"},"application/vnd.afpc.modca-objectcontainer":{"source":"iana"},"application/vnd.afpc.modca-overlay":{"source":"iana"},"application/vnd.afpc.modca-pagesegment":{"source":"iana"},"application/vnd.age":{"source":"iana","extensions":["age"]},"application/vnd.ah-barcode":{"source":"iana"},"application/vnd.ahead.space":{"source":"iana","extensions":["ahead"]},"application/vnd.airzip.filesecure.azf":{"source":"iana","extensions":["azf"]},"application/vnd.airzip.filesecure.azs":{"source":"iana","extensions":["azs"]},"application/vnd.amadeus+json":{"source":"iana","compressible":true},"application/vnd.amazon.ebook":{"source":"apache","extensions":["azw"]},"application/vnd.amazon.mobi8-ebook":{"source":"iana"},"application/vnd.americandynamics.acc":{"source":"iana","extensions":["acc"]},"application/vnd.amiga.ami":{"source":"iana","extensions":["ami"]},"application/vnd.amundsen.maze+xml":{"source":"iana","compressible":true},"application/vnd.android.ota":{"source":"iana"},"application/vnd.android.package-archive":{"source":"apache","compressible":false,"extensions":["apk"]},"application/vnd.anki":{"source":"iana"},"application/vnd.anser-web-certificate-issue-initiation":{"source":"iana","extensions":["cii"]},"application/vnd.anser-web-funds-transfer-initiation":{"source":"apache","extensions":["fti"]},"application/vnd.antix.game-component":{"source":"iana","extensions":["atx"]},"application/vnd.apache.arrow.file":{"source":"iana"},"application/vnd.apache.arrow.stream":{"source":"iana"},"application/vnd.apache.thrift.binary":{"source":"iana"},"application/vnd.apache.thrift.compact":{"source":"iana"},"application/vnd.apache.thrift.json":{"source":"iana"},"application/vnd.api+json":{"source":"iana","compressible":true},"application/vnd.aplextor.warrp+json":{"source":"iana","compressible":true},"application/vnd.apothekende.reservation+json":{"source":"iana","compressible":true},"application/vnd.apple.installer+xml":{"source":"iana","compressible":true,"extensions":["mpkg"]},"application/vnd.apple.keynote":{"source":"iana","extensions":["key"]},"application/vnd.apple.mpegurl":{"source":"iana","extensions":["m3u8"]},"application/vnd.apple.numbers":{"source":"iana","extensions":["numbers"]},"application/vnd.apple.pages":{"source":"iana","extensions":["pages"]},"application/vnd.apple.pkpass":{"compressible":false,"extensions":["pkpass"]},"application/vnd.arastra.swi":{"source":"iana"},"application/vnd.aristanetworks.swi":{"source":"iana","extensions":["swi"]},"application/vnd.artisan+json":{"source":"iana","compressible":true},"application/vnd.artsquare":{"source":"iana"},"application/vnd.astraea-software.iota":{"source":"iana","extensions":["iota"]},"application/vnd.audiograph":{"source":"iana","extensions":["aep"]},"application/vnd.autopackage":{"source":"iana"},"application/vnd.avalon+json":{"source":"iana","compressible":true},"application/vnd.avistar+xml":{"source":"iana","compressible":true},"application/vnd.balsamiq.bmml+xml":{"source":"iana","compressible":true,"extensions":["bmml"]},"application/vnd.balsamiq.bmpr":{"source":"iana"},"application/vnd.banana-accounting":{"source":"iana"},"application/vnd.bbf.usp.error":{"source":"iana"},"application/vnd.bbf.usp.msg":{"source":"iana"},"application/vnd.bbf.usp.msg+json":{"source":"iana","compressible":true},"application/vnd.bekitzur-stech+json":{"source":"iana","compressible":true},"application/vnd.bint.med-content":{"source":"iana"},"application/vnd.biopax.rdf+xml":{"source":"iana","compressible":true},"application/vnd.blink-idb-value-wrapper":{"source":"iana"},"application/vnd.blueice.multipass":{"source":"iana","extensions":["mpm"]},"application/vnd.bluetooth.ep.oob":{"source":"iana"},"application/vnd.bluetooth.le.oob":{"source":"iana"},"application/vnd.bmi":{"source":"iana","extensions":["bmi"]},"application/vnd.bpf":{"source":"iana"},"application/vnd.bpf3":{"source":"iana"},"application/vnd.businessobjects":{"source":"iana","extensions":["rep"]},"application/vnd.byu.uapi+json":{"source":"iana","compressible":true},"application/vnd.cab-jscript":{"source":"iana"},"application/vnd.canon-cpdl":{"source":"iana"},"application/vnd.canon-lips":{"source":"iana"},"application/vnd.capasystems-pg+json":{"source":"iana","compressible":true},"application/vnd.cendio.thinlinc.clientconf":{"source":"iana"},"application/vnd.century-systems.tcp_stream":{"source":"iana"},"application/vnd.chemdraw+xml":{"source":"iana","compressible":true,"extensions":["cdxml"]},"application/vnd.chess-pgn":{"source":"iana"},"application/vnd.chipnuts.karaoke-mmd":{"source":"iana","extensions":["mmd"]},"application/vnd.ciedi":{"source":"iana"},"application/vnd.cinderella":{"source":"iana","extensions":["cdy"]},"application/vnd.cirpack.isdn-ext":{"source":"iana"},"application/vnd.citationstyles.style+xml":{"source":"iana","compressible":true,"extensions":["csl"]},"application/vnd.claymore":{"source":"iana","extensions":["cla"]},"application/vnd.cloanto.rp9":{"source":"iana","extensions":["rp9"]},"application/vnd.clonk.c4group":{"source":"iana","extensions":["c4g","c4d","c4f","c4p","c4u"]},"application/vnd.cluetrust.cartomobile-config":{"source":"iana","extensions":["c11amc"]},"application/vnd.cluetrust.cartomobile-config-pkg":{"source":"iana","extensions":["c11amz"]},"application/vnd.coffeescript":{"source":"iana"},"application/vnd.collabio.xodocuments.document":{"source":"iana"},"application/vnd.collabio.xodocuments.document-template":{"source":"iana"},"application/vnd.collabio.xodocuments.presentation":{"source":"iana"},"application/vnd.collabio.xodocuments.presentation-template":{"source":"iana"},"application/vnd.collabio.xodocuments.spreadsheet":{"source":"iana"},"application/vnd.collabio.xodocuments.spreadsheet-template":{"source":"iana"},"application/vnd.collection+json":{"source":"iana","compressible":true},"application/vnd.collection.doc+json":{"source":"iana","compressible":true},"application/vnd.collection.next+json":{"source":"iana","compressible":true},"application/vnd.comicbook+zip":{"source":"iana","compressible":false},"application/vnd.comicbook-rar":{"source":"iana"},"application/vnd.commerce-battelle":{"source":"iana"},"application/vnd.commonspace":{"source":"iana","extensions":["csp"]},"application/vnd.contact.cmsg":{"source":"iana","extensions":["cdbcmsg"]},"application/vnd.coreos.ignition+json":{"source":"iana","compressible":true},"application/vnd.cosmocaller":{"source":"iana","extensions":["cmc"]},"application/vnd.crick.clicker":{"source":"iana","extensions":["clkx"]},"application/vnd.crick.clicker.keyboard":{"source":"iana","extensions":["clkk"]},"application/vnd.crick.clicker.palette":{"source":"iana","extensions":["clkp"]},"application/vnd.crick.clicker.template":{"source":"iana","extensions":["clkt"]},"application/vnd.crick.clicker.wordbank":{"source":"iana","extensions":["clkw"]},"application/vnd.criticaltools.wbs+xml":{"source":"iana","compressible":true,"extensions":["wbs"]},"application/vnd.cryptii.pipe+json":{"source":"iana","compressible":true},"application/vnd.crypto-shade-file":{"source":"iana"},"application/vnd.cryptomator.encrypted":{"source":"iana"},"application/vnd.cryptomator.vault":{"source":"iana"},"application/vnd.ctc-posml":{"source":"iana","extensions":["pml"]},"application/vnd.ctct.ws+xml":{"source":"iana","compressible":true},"application/vnd.cups-pdf":{"source":"iana"},"application/vnd.cups-postscript":{"source":"iana"},"application/vnd.cups-ppd":{"source":"iana","extensions":["ppd"]},"application/vnd.cups-raster":{"source":"iana"},"application/vnd.cups-raw":{"source":"iana"},"application/vnd.curl":{"source":"iana"},"application/vnd.curl.car":{"source":"apache","extensions":["car"]},"application/vnd.curl.pcurl":{"source":"apache","extensions":["pcurl"]},"application/vnd.cyan.dean.root+xml":{"source":"iana","compressible":true},"application/vnd.cybank":{"source":"iana"},"application/vnd.cyclonedx+json":{"source":"iana","compressible":true},"application/vnd.cyclonedx+xml":{"source":"iana","compressible":true},"application/vnd.d2l.coursepackage1p0+zip":{"source":"iana","compressible":false},"application/vnd.d3m-dataset":{"source":"iana"},"application/vnd.d3m-problem":{"source":"iana"},"application/vnd.dart":{"source":"iana","compressible":true,"extensions":["dart"]},"application/vnd.data-vision.rdz":{"source":"iana","extensions":["rdz"]},"application/vnd.datapackage+json":{"source":"iana","compressible":true},"application/vnd.dataresource+json":{"source":"iana","compressible":true},"application/vnd.dbf":{"source":"iana","extensions":["dbf"]},"application/vnd.debian.binary-package":{"source":"iana"},"application/vnd.dece.data":{"source":"iana","extensions":["uvf","uvvf","uvd","uvvd"]},"application/vnd.dece.ttml+xml":{"source":"iana","compressible":true,"extensions":["uvt","uvvt"]},"application/vnd.dece.unspecified":{"source":"iana","extensions":["uvx","uvvx"]},"application/vnd.dece.zip":{"source":"iana","extensions":["uvz","uvvz"]},"application/vnd.denovo.fcselayout-link":{"source":"iana","extensions":["fe_launch"]},"application/vnd.desmume.movie":{"source":"iana"},"application/vnd.dir-bi.plate-dl-nosuffix":{"source":"iana"},"application/vnd.dm.delegation+xml":{"source":"iana","compressible":true},"application/vnd.dna":{"source":"iana","extensions":["dna"]},"application/vnd.document+json":{"source":"iana","compressible":true},"application/vnd.dolby.mlp":{"source":"apache","extensions":["mlp"]},"application/vnd.dolby.mobile.1":{"source":"iana"},"application/vnd.dolby.mobile.2":{"source":"iana"},"application/vnd.doremir.scorecloud-binary-document":{"source":"iana"},"application/vnd.dpgraph":{"source":"iana","extensions":["dpg"]},"application/vnd.dreamfactory":{"source":"iana","extensions":["dfac"]},"application/vnd.drive+json":{"source":"iana","compressible":true},"application/vnd.ds-keypoint":{"source":"apache","extensions":["kpxx"]},"application/vnd.dtg.local":{"source":"iana"},"application/vnd.dtg.local.flash":{"source":"iana"},"application/vnd.dtg.local.html":{"source":"iana"},"application/vnd.dvb.ait":{"source":"iana","extensions":["ait"]},"application/vnd.dvb.dvbisl+xml":{"source":"iana","compressible":true},"application/vnd.dvb.dvbj":{"source":"iana"},"application/vnd.dvb.esgcontainer":{"source":"iana"},"application/vnd.dvb.ipdcdftnotifaccess":{"source":"iana"},"application/vnd.dvb.ipdcesgaccess":{"source":"iana"},"application/vnd.dvb.ipdcesgaccess2":{"source":"iana"},"application/vnd.dvb.ipdcesgpdd":{"source":"iana"},"application/vnd.dvb.ipdcroaming":{"source":"iana"},"application/vnd.dvb.iptv.alfec-base":{"source":"iana"},"application/vnd.dvb.iptv.alfec-enhancement":{"source":"iana"},"application/vnd.dvb.notif-aggregate-root+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-container+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-generic+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-msglist+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-registration-request+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-ia-registration-response+xml":{"source":"iana","compressible":true},"application/vnd.dvb.notif-init+xml":{"source":"iana","compressible":true},"application/vnd.dvb.pfr":{"source":"iana"},"application/vnd.dvb.service":{"source":"iana","extensions":["svc"]},"application/vnd.dxr":{"source":"iana"},"application/vnd.dynageo":{"source":"iana","extensions":["geo"]},"application/vnd.dzr":{"source":"iana"},"application/vnd.easykaraoke.cdgdownload":{"source":"iana"},"application/vnd.ecdis-update":{"source":"iana"},"application/vnd.ecip.rlp":{"source":"iana"},"application/vnd.eclipse.ditto+json":{"source":"iana","compressible":true},"application/vnd.ecowin.chart":{"source":"iana","extensions":["mag"]},"application/vnd.ecowin.filerequest":{"source":"iana"},"application/vnd.ecowin.fileupdate":{"source":"iana"},"application/vnd.ecowin.series":{"source":"iana"},"application/vnd.ecowin.seriesrequest":{"source":"iana"},"application/vnd.ecowin.seriesupdate":{"source":"iana"},"application/vnd.efi.img":{"source":"iana"},"application/vnd.efi.iso":{"source":"iana"},"application/vnd.emclient.accessrequest+xml":{"source":"iana","compressible":true},"application/vnd.enliven":{"source":"iana","extensions":["nml"]},"application/vnd.enphase.envoy":{"source":"iana"},"application/vnd.eprints.data+xml":{"source":"iana","compressible":true},"application/vnd.epson.esf":{"source":"iana","extensions":["esf"]},"application/vnd.epson.msf":{"source":"iana","extensions":["msf"]},"application/vnd.epson.quickanime":{"source":"iana","extensions":["qam"]},"application/vnd.epson.salt":{"source":"iana","extensions":["slt"]},"application/vnd.epson.ssf":{"source":"iana","extensions":["ssf"]},"application/vnd.ericsson.quickcall":{"source":"iana"},"application/vnd.espass-espass+zip":{"source":"iana","compressible":false},"application/vnd.eszigno3+xml":{"source":"iana","compressible":true,"extensions":["es3","et3"]},"application/vnd.etsi.aoc+xml":{"source":"iana","compressible":true},"application/vnd.etsi.asic-e+zip":{"source":"iana","compressible":false},"application/vnd.etsi.asic-s+zip":{"source":"iana","compressible":false},"application/vnd.etsi.cug+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvcommand+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvdiscovery+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvprofile+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-bc+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-cod+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsad-npvr+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvservice+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvsync+xml":{"source":"iana","compressible":true},"application/vnd.etsi.iptvueprofile+xml":{"source":"iana","compressible":true},"application/vnd.etsi.mcid+xml":{"source":"iana","compressible":true},"application/vnd.etsi.mheg5":{"source":"iana"},"application/vnd.etsi.overload-control-policy-dataset+xml":{"source":"iana","compressible":true},"application/vnd.etsi.pstn+xml":{"source":"iana","compressible":true},"application/vnd.etsi.sci+xml":{"source":"iana","compressible":true},"application/vnd.etsi.simservs+xml":{"source":"iana","compressible":true},"application/vnd.etsi.timestamp-token":{"source":"iana"},"application/vnd.etsi.tsl+xml":{"source":"iana","compressible":true},"application/vnd.etsi.tsl.der":{"source":"iana"},"application/vnd.eu.kasparian.car+json":{"source":"iana","compressible":true},"application/vnd.eudora.data":{"source":"iana"},"application/vnd.evolv.ecig.profile":{"source":"iana"},"application/vnd.evolv.ecig.settings":{"source":"iana"},"application/vnd.evolv.ecig.theme":{"source":"iana"},"application/vnd.exstream-empower+zip":{"source":"iana","compressible":false},"application/vnd.exstream-package":{"source":"iana"},"application/vnd.ezpix-album":{"source":"iana","extensions":["ez2"]},"application/vnd.ezpix-package":{"source":"iana","extensions":["ez3"]},"application/vnd.f-secure.mobile":{"source":"iana"},"application/vnd.familysearch.gedcom+zip":{"source":"iana","compressible":false},"application/vnd.fastcopy-disk-image":{"source":"iana"},"application/vnd.fdf":{"source":"iana","extensions":["fdf"]},"application/vnd.fdsn.mseed":{"source":"iana","extensions":["mseed"]},"application/vnd.fdsn.seed":{"source":"iana","extensions":["seed","dataless"]},"application/vnd.ffsns":{"source":"iana"},"application/vnd.ficlab.flb+zip":{"source":"iana","compressible":false},"application/vnd.filmit.zfc":{"source":"iana"},"application/vnd.fints":{"source":"iana"},"application/vnd.firemonkeys.cloudcell":{"source":"iana"},"application/vnd.flographit":{"source":"iana","extensions":["gph"]},"application/vnd.fluxtime.clip":{"source":"iana","extensions":["ftc"]},"application/vnd.font-fontforge-sfd":{"source":"iana"},"application/vnd.framemaker":{"source":"iana","extensions":["fm","frame","maker","book"]},"application/vnd.frogans.fnc":{"source":"iana","extensions":["fnc"]},"application/vnd.frogans.ltf":{"source":"iana","extensions":["ltf"]},"application/vnd.fsc.weblaunch":{"source":"iana","extensions":["fsc"]},"application/vnd.fujifilm.fb.docuworks":{"source":"iana"},"application/vnd.fujifilm.fb.docuworks.binder":{"source":"iana"},"application/vnd.fujifilm.fb.docuworks.container":{"source":"iana"},"application/vnd.fujifilm.fb.jfi+xml":{"source":"iana","compressible":true},"application/vnd.fujitsu.oasys":{"source":"iana","extensions":["oas"]},"application/vnd.fujitsu.oasys2":{"source":"iana","extensions":["oa2"]},"application/vnd.fujitsu.oasys3":{"source":"iana","extensions":["oa3"]},"application/vnd.fujitsu.oasysgp":{"source":"iana","extensions":["fg5"]},"application/vnd.fujitsu.oasysprs":{"source":"iana","extensions":["bh2"]},"application/vnd.fujixerox.art-ex":{"source":"iana"},"application/vnd.fujixerox.art4":{"source":"iana"},"application/vnd.fujixerox.ddd":{"source":"iana","extensions":["ddd"]},"application/vnd.fujixerox.docuworks":{"source":"iana","extensions":["xdw"]},"application/vnd.fujixerox.docuworks.binder":{"source":"iana","extensions":["xbd"]},"application/vnd.fujixerox.docuworks.container":{"source":"iana"},"application/vnd.fujixerox.hbpl":{"source":"iana"},"application/vnd.fut-misnet":{"source":"iana"},"application/vnd.futoin+cbor":{"source":"iana"},"application/vnd.futoin+json":{"source":"iana","compressible":true},"application/vnd.fuzzysheet":{"source":"iana","extensions":["fzs"]},"application/vnd.genomatix.tuxedo":{"source":"iana","extensions":["txd"]},"application/vnd.gentics.grd+json":{"source":"iana","compressible":true},"application/vnd.geo+json":{"source":"iana","compressible":true},"application/vnd.geocube+xml":{"source":"iana","compressible":true},"application/vnd.geogebra.file":{"source":"iana","extensions":["ggb"]},"application/vnd.geogebra.slides":{"source":"iana"},"application/vnd.geogebra.tool":{"source":"iana","extensions":["ggt"]},"application/vnd.geometry-explorer":{"source":"iana","extensions":["gex","gre"]},"application/vnd.geonext":{"source":"iana","extensions":["gxt"]},"application/vnd.geoplan":{"source":"iana","extensions":["g2w"]},"application/vnd.geospace":{"source":"iana","extensions":["g3w"]},"application/vnd.gerber":{"source":"iana"},"application/vnd.globalplatform.card-content-mgt":{"source":"iana"},"application/vnd.globalplatform.card-content-mgt-response":{"source":"iana"},"application/vnd.gmx":{"source":"iana","extensions":["gmx"]},"application/vnd.google-apps.document":{"compressible":false,"extensions":["gdoc"]},"application/vnd.google-apps.presentation":{"compressible":false,"extensions":["gslides"]},"application/vnd.google-apps.spreadsheet":{"compressible":false,"extensions":["gsheet"]},"application/vnd.google-earth.kml+xml":{"source":"iana","compressible":true,"extensions":["kml"]},"application/vnd.google-earth.kmz":{"source":"iana","compressible":false,"extensions":["kmz"]},"application/vnd.gov.sk.e-form+xml":{"source":"iana","compressible":true},"application/vnd.gov.sk.e-form+zip":{"source":"iana","compressible":false},"application/vnd.gov.sk.xmldatacontainer+xml":{"source":"iana","compressible":true},"application/vnd.grafeq":{"source":"iana","extensions":["gqf","gqs"]},"application/vnd.gridmp":{"source":"iana"},"application/vnd.groove-account":{"source":"iana","extensions":["gac"]},"application/vnd.groove-help":{"source":"iana","extensions":["ghf"]},"application/vnd.groove-identity-message":{"source":"iana","extensions":["gim"]},"application/vnd.groove-injector":{"source":"iana","extensions":["grv"]},"application/vnd.groove-tool-message":{"source":"iana","extensions":["gtm"]},"application/vnd.groove-tool-template":{"source":"iana","extensions":["tpl"]},"application/vnd.groove-vcard":{"source":"iana","extensions":["vcg"]},"application/vnd.hal+json":{"source":"iana","compressible":true},"application/vnd.hal+xml":{"source":"iana","compressible":true,"extensions":["hal"]},"application/vnd.handheld-entertainment+xml":{"source":"iana","compressible":true,"extensions":["zmm"]},"application/vnd.hbci":{"source":"iana","extensions":["hbci"]},"application/vnd.hc+json":{"source":"iana","compressible":true},"application/vnd.hcl-bireports":{"source":"iana"},"application/vnd.hdt":{"source":"iana"},"application/vnd.heroku+json":{"source":"iana","compressible":true},"application/vnd.hhe.lesson-player":{"source":"iana","extensions":["les"]},"application/vnd.hl7cda+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.hl7v2+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.hp-hpgl":{"source":"iana","extensions":["hpgl"]},"application/vnd.hp-hpid":{"source":"iana","extensions":["hpid"]},"application/vnd.hp-hps":{"source":"iana","extensions":["hps"]},"application/vnd.hp-jlyt":{"source":"iana","extensions":["jlt"]},"application/vnd.hp-pcl":{"source":"iana","extensions":["pcl"]},"application/vnd.hp-pclxl":{"source":"iana","extensions":["pclxl"]},"application/vnd.httphone":{"source":"iana"},"application/vnd.hydrostatix.sof-data":{"source":"iana","extensions":["sfd-hdstx"]},"application/vnd.hyper+json":{"source":"iana","compressible":true},"application/vnd.hyper-item+json":{"source":"iana","compressible":true},"application/vnd.hyperdrive+json":{"source":"iana","compressible":true},"application/vnd.hzn-3d-crossword":{"source":"iana"},"application/vnd.ibm.afplinedata":{"source":"iana"},"application/vnd.ibm.electronic-media":{"source":"iana"},"application/vnd.ibm.minipay":{"source":"iana","extensions":["mpy"]},"application/vnd.ibm.modcap":{"source":"iana","extensions":["afp","listafp","list3820"]},"application/vnd.ibm.rights-management":{"source":"iana","extensions":["irm"]},"application/vnd.ibm.secure-container":{"source":"iana","extensions":["sc"]},"application/vnd.iccprofile":{"source":"iana","extensions":["icc","icm"]},"application/vnd.ieee.1905":{"source":"iana"},"application/vnd.igloader":{"source":"iana","extensions":["igl"]},"application/vnd.imagemeter.folder+zip":{"source":"iana","compressible":false},"application/vnd.imagemeter.image+zip":{"source":"iana","compressible":false},"application/vnd.immervision-ivp":{"source":"iana","extensions":["ivp"]},"application/vnd.immervision-ivu":{"source":"iana","extensions":["ivu"]},"application/vnd.ims.imsccv1p1":{"source":"iana"},"application/vnd.ims.imsccv1p2":{"source":"iana"},"application/vnd.ims.imsccv1p3":{"source":"iana"},"application/vnd.ims.lis.v2.result+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolconsumerprofile+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolproxy+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolproxy.id+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolsettings+json":{"source":"iana","compressible":true},"application/vnd.ims.lti.v2.toolsettings.simple+json":{"source":"iana","compressible":true},"application/vnd.informedcontrol.rms+xml":{"source":"iana","compressible":true},"application/vnd.informix-visionary":{"source":"iana"},"application/vnd.infotech.project":{"source":"iana"},"application/vnd.infotech.project+xml":{"source":"iana","compressible":true},"application/vnd.innopath.wamp.notification":{"source":"iana"},"application/vnd.insors.igm":{"source":"iana","extensions":["igm"]},"application/vnd.intercon.formnet":{"source":"iana","extensions":["xpw","xpx"]},"application/vnd.intergeo":{"source":"iana","extensions":["i2g"]},"application/vnd.intertrust.digibox":{"source":"iana"},"application/vnd.intertrust.nncp":{"source":"iana"},"application/vnd.intu.qbo":{"source":"iana","extensions":["qbo"]},"application/vnd.intu.qfx":{"source":"iana","extensions":["qfx"]},"application/vnd.iptc.g2.catalogitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.conceptitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.knowledgeitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.newsitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.newsmessage+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.packageitem+xml":{"source":"iana","compressible":true},"application/vnd.iptc.g2.planningitem+xml":{"source":"iana","compressible":true},"application/vnd.ipunplugged.rcprofile":{"source":"iana","extensions":["rcprofile"]},"application/vnd.irepository.package+xml":{"source":"iana","compressible":true,"extensions":["irp"]},"application/vnd.is-xpr":{"source":"iana","extensions":["xpr"]},"application/vnd.isac.fcs":{"source":"iana","extensions":["fcs"]},"application/vnd.iso11783-10+zip":{"source":"iana","compressible":false},"application/vnd.jam":{"source":"iana","extensions":["jam"]},"application/vnd.japannet-directory-service":{"source":"iana"},"application/vnd.japannet-jpnstore-wakeup":{"source":"iana"},"application/vnd.japannet-payment-wakeup":{"source":"iana"},"application/vnd.japannet-registration":{"source":"iana"},"application/vnd.japannet-registration-wakeup":{"source":"iana"},"application/vnd.japannet-setstore-wakeup":{"source":"iana"},"application/vnd.japannet-verification":{"source":"iana"},"application/vnd.japannet-verification-wakeup":{"source":"iana"},"application/vnd.jcp.javame.midlet-rms":{"source":"iana","extensions":["rms"]},"application/vnd.jisp":{"source":"iana","extensions":["jisp"]},"application/vnd.joost.joda-archive":{"source":"iana","extensions":["joda"]},"application/vnd.jsk.isdn-ngn":{"source":"iana"},"application/vnd.kahootz":{"source":"iana","extensions":["ktz","ktr"]},"application/vnd.kde.karbon":{"source":"iana","extensions":["karbon"]},"application/vnd.kde.kchart":{"source":"iana","extensions":["chrt"]},"application/vnd.kde.kformula":{"source":"iana","extensions":["kfo"]},"application/vnd.kde.kivio":{"source":"iana","extensions":["flw"]},"application/vnd.kde.kontour":{"source":"iana","extensions":["kon"]},"application/vnd.kde.kpresenter":{"source":"iana","extensions":["kpr","kpt"]},"application/vnd.kde.kspread":{"source":"iana","extensions":["ksp"]},"application/vnd.kde.kword":{"source":"iana","extensions":["kwd","kwt"]},"application/vnd.kenameaapp":{"source":"iana","extensions":["htke"]},"application/vnd.kidspiration":{"source":"iana","extensions":["kia"]},"application/vnd.kinar":{"source":"iana","extensions":["kne","knp"]},"application/vnd.koan":{"source":"iana","extensions":["skp","skd","skt","skm"]},"application/vnd.kodak-descriptor":{"source":"iana","extensions":["sse"]},"application/vnd.las":{"source":"iana"},"application/vnd.las.las+json":{"source":"iana","compressible":true},"application/vnd.las.las+xml":{"source":"iana","compressible":true,"extensions":["lasxml"]},"application/vnd.laszip":{"source":"iana"},"application/vnd.leap+json":{"source":"iana","compressible":true},"application/vnd.liberty-request+xml":{"source":"iana","compressible":true},"application/vnd.llamagraphics.life-balance.desktop":{"source":"iana","extensions":["lbd"]},"application/vnd.llamagraphics.life-balance.exchange+xml":{"source":"iana","compressible":true,"extensions":["lbe"]},"application/vnd.logipipe.circuit+zip":{"source":"iana","compressible":false},"application/vnd.loom":{"source":"iana"},"application/vnd.lotus-1-2-3":{"source":"iana","extensions":["123"]},"application/vnd.lotus-approach":{"source":"iana","extensions":["apr"]},"application/vnd.lotus-freelance":{"source":"iana","extensions":["pre"]},"application/vnd.lotus-notes":{"source":"iana","extensions":["nsf"]},"application/vnd.lotus-organizer":{"source":"iana","extensions":["org"]},"application/vnd.lotus-screencam":{"source":"iana","extensions":["scm"]},"application/vnd.lotus-wordpro":{"source":"iana","extensions":["lwp"]},"application/vnd.macports.portpkg":{"source":"iana","extensions":["portpkg"]},"application/vnd.mapbox-vector-tile":{"source":"iana","extensions":["mvt"]},"application/vnd.marlin.drm.actiontoken+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.conftoken+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.license+xml":{"source":"iana","compressible":true},"application/vnd.marlin.drm.mdcf":{"source":"iana"},"application/vnd.mason+json":{"source":"iana","compressible":true},"application/vnd.maxar.archive.3tz+zip":{"source":"iana","compressible":false},"application/vnd.maxmind.maxmind-db":{"source":"iana"},"application/vnd.mcd":{"source":"iana","extensions":["mcd"]},"application/vnd.medcalcdata":{"source":"iana","extensions":["mc1"]},"application/vnd.mediastation.cdkey":{"source":"iana","extensions":["cdkey"]},"application/vnd.meridian-slingshot":{"source":"iana"},"application/vnd.mfer":{"source":"iana","extensions":["mwf"]},"application/vnd.mfmp":{"source":"iana","extensions":["mfm"]},"application/vnd.micro+json":{"source":"iana","compressible":true},"application/vnd.micrografx.flo":{"source":"iana","extensions":["flo"]},"application/vnd.micrografx.igx":{"source":"iana","extensions":["igx"]},"application/vnd.microsoft.portable-executable":{"source":"iana"},"application/vnd.microsoft.windows.thumbnail-cache":{"source":"iana"},"application/vnd.miele+json":{"source":"iana","compressible":true},"application/vnd.mif":{"source":"iana","extensions":["mif"]},"application/vnd.minisoft-hp3000-save":{"source":"iana"},"application/vnd.mitsubishi.misty-guard.trustweb":{"source":"iana"},"application/vnd.mobius.daf":{"source":"iana","extensions":["daf"]},"application/vnd.mobius.dis":{"source":"iana","extensions":["dis"]},"application/vnd.mobius.mbk":{"source":"iana","extensions":["mbk"]},"application/vnd.mobius.mqy":{"source":"iana","extensions":["mqy"]},"application/vnd.mobius.msl":{"source":"iana","extensions":["msl"]},"application/vnd.mobius.plc":{"source":"iana","extensions":["plc"]},"application/vnd.mobius.txf":{"source":"iana","extensions":["txf"]},"application/vnd.mophun.application":{"source":"iana","extensions":["mpn"]},"application/vnd.mophun.certificate":{"source":"iana","extensions":["mpc"]},"application/vnd.motorola.flexsuite":{"source":"iana"},"application/vnd.motorola.flexsuite.adsi":{"source":"iana"},"application/vnd.motorola.flexsuite.fis":{"source":"iana"},"application/vnd.motorola.flexsuite.gotap":{"source":"iana"},"application/vnd.motorola.flexsuite.kmr":{"source":"iana"},"application/vnd.motorola.flexsuite.ttc":{"source":"iana"},"application/vnd.motorola.flexsuite.wem":{"source":"iana"},"application/vnd.motorola.iprm":{"source":"iana"},"application/vnd.mozilla.xul+xml":{"source":"iana","compressible":true,"extensions":["xul"]},"application/vnd.ms-3mfdocument":{"source":"iana"},"application/vnd.ms-artgalry":{"source":"iana","extensions":["cil"]},"application/vnd.ms-asf":{"source":"iana"},"application/vnd.ms-cab-compressed":{"source":"iana","extensions":["cab"]},"application/vnd.ms-color.iccprofile":{"source":"apache"},"application/vnd.ms-excel":{"source":"iana","compressible":false,"extensions":["xls","xlm","xla","xlc","xlt","xlw"]},"application/vnd.ms-excel.addin.macroenabled.12":{"source":"iana","extensions":["xlam"]},"application/vnd.ms-excel.sheet.binary.macroenabled.12":{"source":"iana","extensions":["xlsb"]},"application/vnd.ms-excel.sheet.macroenabled.12":{"source":"iana","extensions":["xlsm"]},"application/vnd.ms-excel.template.macroenabled.12":{"source":"iana","extensions":["xltm"]},"application/vnd.ms-fontobject":{"source":"iana","compressible":true,"extensions":["eot"]},"application/vnd.ms-htmlhelp":{"source":"iana","extensions":["chm"]},"application/vnd.ms-ims":{"source":"iana","extensions":["ims"]},"application/vnd.ms-lrm":{"source":"iana","extensions":["lrm"]},"application/vnd.ms-office.activex+xml":{"source":"iana","compressible":true},"application/vnd.ms-officetheme":{"source":"iana","extensions":["thmx"]},"application/vnd.ms-opentype":{"source":"apache","compressible":true},"application/vnd.ms-outlook":{"compressible":false,"extensions":["msg"]},"application/vnd.ms-package.obfuscated-opentype":{"source":"apache"},"application/vnd.ms-pki.seccat":{"source":"apache","extensions":["cat"]},"application/vnd.ms-pki.stl":{"source":"apache","extensions":["stl"]},"application/vnd.ms-playready.initiator+xml":{"source":"iana","compressible":true},"application/vnd.ms-powerpoint":{"source":"iana","compressible":false,"extensions":["ppt","pps","pot"]},"application/vnd.ms-powerpoint.addin.macroenabled.12":{"source":"iana","extensions":["ppam"]},"application/vnd.ms-powerpoint.presentation.macroenabled.12":{"source":"iana","extensions":["pptm"]},"application/vnd.ms-powerpoint.slide.macroenabled.12":{"source":"iana","extensions":["sldm"]},"application/vnd.ms-powerpoint.slideshow.macroenabled.12":{"source":"iana","extensions":["ppsm"]},"application/vnd.ms-powerpoint.template.macroenabled.12":{"source":"iana","extensions":["potm"]},"application/vnd.ms-printdevicecapabilities+xml":{"source":"iana","compressible":true},"application/vnd.ms-printing.printticket+xml":{"source":"apache","compressible":true},"application/vnd.ms-printschematicket+xml":{"source":"iana","compressible":true},"application/vnd.ms-project":{"source":"iana","extensions":["mpp","mpt"]},"application/vnd.ms-tnef":{"source":"iana"},"application/vnd.ms-windows.devicepairing":{"source":"iana"},"application/vnd.ms-windows.nwprinting.oob":{"source":"iana"},"application/vnd.ms-windows.printerpairing":{"source":"iana"},"application/vnd.ms-windows.wsd.oob":{"source":"iana"},"application/vnd.ms-wmdrm.lic-chlg-req":{"source":"iana"},"application/vnd.ms-wmdrm.lic-resp":{"source":"iana"},"application/vnd.ms-wmdrm.meter-chlg-req":{"source":"iana"},"application/vnd.ms-wmdrm.meter-resp":{"source":"iana"},"application/vnd.ms-word.document.macroenabled.12":{"source":"iana","extensions":["docm"]},"application/vnd.ms-word.template.macroenabled.12":{"source":"iana","extensions":["dotm"]},"application/vnd.ms-works":{"source":"iana","extensions":["wps","wks","wcm","wdb"]},"application/vnd.ms-wpl":{"source":"iana","extensions":["wpl"]},"application/vnd.ms-xpsdocument":{"source":"iana","compressible":false,"extensions":["xps"]},"application/vnd.msa-disk-image":{"source":"iana"},"application/vnd.mseq":{"source":"iana","extensions":["mseq"]},"application/vnd.msign":{"source":"iana"},"application/vnd.multiad.creator":{"source":"iana"},"application/vnd.multiad.creator.cif":{"source":"iana"},"application/vnd.music-niff":{"source":"iana"},"application/vnd.musician":{"source":"iana","extensions":["mus"]},"application/vnd.muvee.style":{"source":"iana","extensions":["msty"]},"application/vnd.mynfc":{"source":"iana","extensions":["taglet"]},"application/vnd.nacamar.ybrid+json":{"source":"iana","compressible":true},"application/vnd.ncd.control":{"source":"iana"},"application/vnd.ncd.reference":{"source":"iana"},"application/vnd.nearst.inv+json":{"source":"iana","compressible":true},"application/vnd.nebumind.line":{"source":"iana"},"application/vnd.nervana":{"source":"iana"},"application/vnd.netfpx":{"source":"iana"},"application/vnd.neurolanguage.nlu":{"source":"iana","extensions":["nlu"]},"application/vnd.nimn":{"source":"iana"},"application/vnd.nintendo.nitro.rom":{"source":"iana"},"application/vnd.nintendo.snes.rom":{"source":"iana"},"application/vnd.nitf":{"source":"iana","extensions":["ntf","nitf"]},"application/vnd.noblenet-directory":{"source":"iana","extensions":["nnd"]},"application/vnd.noblenet-sealer":{"source":"iana","extensions":["nns"]},"application/vnd.noblenet-web":{"source":"iana","extensions":["nnw"]},"application/vnd.nokia.catalogs":{"source":"iana"},"application/vnd.nokia.conml+wbxml":{"source":"iana"},"application/vnd.nokia.conml+xml":{"source":"iana","compressible":true},"application/vnd.nokia.iptv.config+xml":{"source":"iana","compressible":true},"application/vnd.nokia.isds-radio-presets":{"source":"iana"},"application/vnd.nokia.landmark+wbxml":{"source":"iana"},"application/vnd.nokia.landmark+xml":{"source":"iana","compressible":true},"application/vnd.nokia.landmarkcollection+xml":{"source":"iana","compressible":true},"application/vnd.nokia.n-gage.ac+xml":{"source":"iana","compressible":true,"extensions":["ac"]},"application/vnd.nokia.n-gage.data":{"source":"iana","extensions":["ngdat"]},"application/vnd.nokia.n-gage.symbian.install":{"source":"iana","extensions":["n-gage"]},"application/vnd.nokia.ncd":{"source":"iana"},"application/vnd.nokia.pcd+wbxml":{"source":"iana"},"application/vnd.nokia.pcd+xml":{"source":"iana","compressible":true},"application/vnd.nokia.radio-preset":{"source":"iana","extensions":["rpst"]},"application/vnd.nokia.radio-presets":{"source":"iana","extensions":["rpss"]},"application/vnd.novadigm.edm":{"source":"iana","extensions":["edm"]},"application/vnd.novadigm.edx":{"source":"iana","extensions":["edx"]},"application/vnd.novadigm.ext":{"source":"iana","extensions":["ext"]},"application/vnd.ntt-local.content-share":{"source":"iana"},"application/vnd.ntt-local.file-transfer":{"source":"iana"},"application/vnd.ntt-local.ogw_remote-access":{"source":"iana"},"application/vnd.ntt-local.sip-ta_remote":{"source":"iana"},"application/vnd.ntt-local.sip-ta_tcp_stream":{"source":"iana"},"application/vnd.oasis.opendocument.chart":{"source":"iana","extensions":["odc"]},"application/vnd.oasis.opendocument.chart-template":{"source":"iana","extensions":["otc"]},"application/vnd.oasis.opendocument.database":{"source":"iana","extensions":["odb"]},"application/vnd.oasis.opendocument.formula":{"source":"iana","extensions":["odf"]},"application/vnd.oasis.opendocument.formula-template":{"source":"iana","extensions":["odft"]},"application/vnd.oasis.opendocument.graphics":{"source":"iana","compressible":false,"extensions":["odg"]},"application/vnd.oasis.opendocument.graphics-template":{"source":"iana","extensions":["otg"]},"application/vnd.oasis.opendocument.image":{"source":"iana","extensions":["odi"]},"application/vnd.oasis.opendocument.image-template":{"source":"iana","extensions":["oti"]},"application/vnd.oasis.opendocument.presentation":{"source":"iana","compressible":false,"extensions":["odp"]},"application/vnd.oasis.opendocument.presentation-template":{"source":"iana","extensions":["otp"]},"application/vnd.oasis.opendocument.spreadsheet":{"source":"iana","compressible":false,"extensions":["ods"]},"application/vnd.oasis.opendocument.spreadsheet-template":{"source":"iana","extensions":["ots"]},"application/vnd.oasis.opendocument.text":{"source":"iana","compressible":false,"extensions":["odt"]},"application/vnd.oasis.opendocument.text-master":{"source":"iana","extensions":["odm"]},"application/vnd.oasis.opendocument.text-template":{"source":"iana","extensions":["ott"]},"application/vnd.oasis.opendocument.text-web":{"source":"iana","extensions":["oth"]},"application/vnd.obn":{"source":"iana"},"application/vnd.ocf+cbor":{"source":"iana"},"application/vnd.oci.image.manifest.v1+json":{"source":"iana","compressible":true},"application/vnd.oftn.l10n+json":{"source":"iana","compressible":true},"application/vnd.oipf.contentaccessdownload+xml":{"source":"iana","compressible":true},"application/vnd.oipf.contentaccessstreaming+xml":{"source":"iana","compressible":true},"application/vnd.oipf.cspg-hexbinary":{"source":"iana"},"application/vnd.oipf.dae.svg+xml":{"source":"iana","compressible":true},"application/vnd.oipf.dae.xhtml+xml":{"source":"iana","compressible":true},"application/vnd.oipf.mippvcontrolmessage+xml":{"source":"iana","compressible":true},"application/vnd.oipf.pae.gem":{"source":"iana"},"application/vnd.oipf.spdiscovery+xml":{"source":"iana","compressible":true},"application/vnd.oipf.spdlist+xml":{"source":"iana","compressible":true},"application/vnd.oipf.ueprofile+xml":{"source":"iana","compressible":true},"application/vnd.oipf.userprofile+xml":{"source":"iana","compressible":true},"application/vnd.olpc-sugar":{"source":"iana","extensions":["xo"]},"application/vnd.oma-scws-config":{"source":"iana"},"application/vnd.oma-scws-http-request":{"source":"iana"},"application/vnd.oma-scws-http-response":{"source":"iana"},"application/vnd.oma.bcast.associated-procedure-parameter+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.drm-trigger+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.imd+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.ltkm":{"source":"iana"},"application/vnd.oma.bcast.notification+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.provisioningtrigger":{"source":"iana"},"application/vnd.oma.bcast.sgboot":{"source":"iana"},"application/vnd.oma.bcast.sgdd+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.sgdu":{"source":"iana"},"application/vnd.oma.bcast.simple-symbol-container":{"source":"iana"},"application/vnd.oma.bcast.smartcard-trigger+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.sprov+xml":{"source":"iana","compressible":true},"application/vnd.oma.bcast.stkm":{"source":"iana"},"application/vnd.oma.cab-address-book+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-feature-handler+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-pcc+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-subs-invite+xml":{"source":"iana","compressible":true},"application/vnd.oma.cab-user-prefs+xml":{"source":"iana","compressible":true},"application/vnd.oma.dcd":{"source":"iana"},"application/vnd.oma.dcdc":{"source":"iana"},"application/vnd.oma.dd2+xml":{"source":"iana","compressible":true,"extensions":["dd2"]},"application/vnd.oma.drm.risd+xml":{"source":"iana","compressible":true},"application/vnd.oma.group-usage-list+xml":{"source":"iana","compressible":true},"application/vnd.oma.lwm2m+cbor":{"source":"iana"},"application/vnd.oma.lwm2m+json":{"source":"iana","compressible":true},"application/vnd.oma.lwm2m+tlv":{"source":"iana"},"application/vnd.oma.pal+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.detailed-progress-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.final-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.groups+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.invocation-descriptor+xml":{"source":"iana","compressible":true},"application/vnd.oma.poc.optimized-progress-report+xml":{"source":"iana","compressible":true},"application/vnd.oma.push":{"source":"iana"},"application/vnd.oma.scidm.messages+xml":{"source":"iana","compressible":true},"application/vnd.oma.xcap-directory+xml":{"source":"iana","compressible":true},"application/vnd.omads-email+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omads-file+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omads-folder+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.omaloc-supl-init":{"source":"iana"},"application/vnd.onepager":{"source":"iana"},"application/vnd.onepagertamp":{"source":"iana"},"application/vnd.onepagertamx":{"source":"iana"},"application/vnd.onepagertat":{"source":"iana"},"application/vnd.onepagertatp":{"source":"iana"},"application/vnd.onepagertatx":{"source":"iana"},"application/vnd.openblox.game+xml":{"source":"iana","compressible":true,"extensions":["obgx"]},"application/vnd.openblox.game-binary":{"source":"iana"},"application/vnd.openeye.oeb":{"source":"iana"},"application/vnd.openofficeorg.extension":{"source":"apache","extensions":["oxt"]},"application/vnd.openstreetmap.data+xml":{"source":"iana","compressible":true,"extensions":["osm"]},"application/vnd.opentimestamps.ots":{"source":"iana"},"application/vnd.openxmlformats-officedocument.custom-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.customxmlproperties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawing+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.chart+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.chartshapes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramcolors+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramdata+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramlayout+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.drawingml.diagramstyle+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.extended-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.commentauthors+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.handoutmaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.notesmaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.notesslide+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.presentation":{"source":"iana","compressible":false,"extensions":["pptx"]},"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.presprops+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slide":{"source":"iana","extensions":["sldx"]},"application/vnd.openxmlformats-officedocument.presentationml.slide+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slidelayout+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slidemaster+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slideshow":{"source":"iana","extensions":["ppsx"]},"application/vnd.openxmlformats-officedocument.presentationml.slideshow.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.slideupdateinfo+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.tablestyles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.tags+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.template":{"source":"iana","extensions":["potx"]},"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.presentationml.viewprops+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.calcchain+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.dialogsheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.externallink+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcachedefinition+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivotcacherecords+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.pivottable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.querytable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.revisionheaders+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.revisionlog+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":{"source":"iana","compressible":false,"extensions":["xlsx"]},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.sheetmetadata+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.tablesinglecells+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.template":{"source":"iana","extensions":["xltx"]},"application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.usernames+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.volatiledependencies+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.theme+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.themeoverride+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.vmldrawing":{"source":"iana"},"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.document":{"source":"iana","compressible":false,"extensions":["docx"]},"application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.fonttable+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.template":{"source":"iana","extensions":["dotx"]},"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-officedocument.wordprocessingml.websettings+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.core-properties+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml":{"source":"iana","compressible":true},"application/vnd.openxmlformats-package.relationships+xml":{"source":"iana","compressible":true},"application/vnd.oracle.resource+json":{"source":"iana","compressible":true},"application/vnd.orange.indata":{"source":"iana"},"application/vnd.osa.netdeploy":{"source":"iana"},"application/vnd.osgeo.mapguide.package":{"source":"iana","extensions":["mgp"]},"application/vnd.osgi.bundle":{"source":"iana"},"application/vnd.osgi.dp":{"source":"iana","extensions":["dp"]},"application/vnd.osgi.subsystem":{"source":"iana","extensions":["esa"]},"application/vnd.otps.ct-kip+xml":{"source":"iana","compressible":true},"application/vnd.oxli.countgraph":{"source":"iana"},"application/vnd.pagerduty+json":{"source":"iana","compressible":true},"application/vnd.palm":{"source":"iana","extensions":["pdb","pqa","oprc"]},"application/vnd.panoply":{"source":"iana"},"application/vnd.paos.xml":{"source":"iana"},"application/vnd.patentdive":{"source":"iana"},"application/vnd.patientecommsdoc":{"source":"iana"},"application/vnd.pawaafile":{"source":"iana","extensions":["paw"]},"application/vnd.pcos":{"source":"iana"},"application/vnd.pg.format":{"source":"iana","extensions":["str"]},"application/vnd.pg.osasli":{"source":"iana","extensions":["ei6"]},"application/vnd.piaccess.application-licence":{"source":"iana"},"application/vnd.picsel":{"source":"iana","extensions":["efif"]},"application/vnd.pmi.widget":{"source":"iana","extensions":["wg"]},"application/vnd.poc.group-advertisement+xml":{"source":"iana","compressible":true},"application/vnd.pocketlearn":{"source":"iana","extensions":["plf"]},"application/vnd.powerbuilder6":{"source":"iana","extensions":["pbd"]},"application/vnd.powerbuilder6-s":{"source":"iana"},"application/vnd.powerbuilder7":{"source":"iana"},"application/vnd.powerbuilder7-s":{"source":"iana"},"application/vnd.powerbuilder75":{"source":"iana"},"application/vnd.powerbuilder75-s":{"source":"iana"},"application/vnd.preminet":{"source":"iana"},"application/vnd.previewsystems.box":{"source":"iana","extensions":["box"]},"application/vnd.proteus.magazine":{"source":"iana","extensions":["mgz"]},"application/vnd.psfs":{"source":"iana"},"application/vnd.publishare-delta-tree":{"source":"iana","extensions":["qps"]},"application/vnd.pvi.ptid1":{"source":"iana","extensions":["ptid"]},"application/vnd.pwg-multiplexed":{"source":"iana"},"application/vnd.pwg-xhtml-print+xml":{"source":"iana","compressible":true},"application/vnd.qualcomm.brew-app-res":{"source":"iana"},"application/vnd.quarantainenet":{"source":"iana"},"application/vnd.quark.quarkxpress":{"source":"iana","extensions":["qxd","qxt","qwd","qwt","qxl","qxb"]},"application/vnd.quobject-quoxdocument":{"source":"iana"},"application/vnd.radisys.moml+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-conf+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-conn+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-dialog+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-audit-stream+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-conf+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-base+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-fax-detect+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-fax-sendrecv+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-group+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-speech+xml":{"source":"iana","compressible":true},"application/vnd.radisys.msml-dialog-transform+xml":{"source":"iana","compressible":true},"application/vnd.rainstor.data":{"source":"iana"},"application/vnd.rapid":{"source":"iana"},"application/vnd.rar":{"source":"iana","extensions":["rar"]},"application/vnd.realvnc.bed":{"source":"iana","extensions":["bed"]},"application/vnd.recordare.musicxml":{"source":"iana","extensions":["mxl"]},"application/vnd.recordare.musicxml+xml":{"source":"iana","compressible":true,"extensions":["musicxml"]},"application/vnd.renlearn.rlprint":{"source":"iana"},"application/vnd.resilient.logic":{"source":"iana"},"application/vnd.restful+json":{"source":"iana","compressible":true},"application/vnd.rig.cryptonote":{"source":"iana","extensions":["cryptonote"]},"application/vnd.rim.cod":{"source":"apache","extensions":["cod"]},"application/vnd.rn-realmedia":{"source":"apache","extensions":["rm"]},"application/vnd.rn-realmedia-vbr":{"source":"apache","extensions":["rmvb"]},"application/vnd.route66.link66+xml":{"source":"iana","compressible":true,"extensions":["link66"]},"application/vnd.rs-274x":{"source":"iana"},"application/vnd.ruckus.download":{"source":"iana"},"application/vnd.s3sms":{"source":"iana"},"application/vnd.sailingtracker.track":{"source":"iana","extensions":["st"]},"application/vnd.sar":{"source":"iana"},"application/vnd.sbm.cid":{"source":"iana"},"application/vnd.sbm.mid2":{"source":"iana"},"application/vnd.scribus":{"source":"iana"},"application/vnd.sealed.3df":{"source":"iana"},"application/vnd.sealed.csf":{"source":"iana"},"application/vnd.sealed.doc":{"source":"iana"},"application/vnd.sealed.eml":{"source":"iana"},"application/vnd.sealed.mht":{"source":"iana"},"application/vnd.sealed.net":{"source":"iana"},"application/vnd.sealed.ppt":{"source":"iana"},"application/vnd.sealed.tiff":{"source":"iana"},"application/vnd.sealed.xls":{"source":"iana"},"application/vnd.sealedmedia.softseal.html":{"source":"iana"},"application/vnd.sealedmedia.softseal.pdf":{"source":"iana"},"application/vnd.seemail":{"source":"iana","extensions":["see"]},"application/vnd.seis+json":{"source":"iana","compressible":true},"application/vnd.sema":{"source":"iana","extensions":["sema"]},"application/vnd.semd":{"source":"iana","extensions":["semd"]},"application/vnd.semf":{"source":"iana","extensions":["semf"]},"application/vnd.shade-save-file":{"source":"iana"},"application/vnd.shana.informed.formdata":{"source":"iana","extensions":["ifm"]},"application/vnd.shana.informed.formtemplate":{"source":"iana","extensions":["itp"]},"application/vnd.shana.informed.interchange":{"source":"iana","extensions":["iif"]},"application/vnd.shana.informed.package":{"source":"iana","extensions":["ipk"]},"application/vnd.shootproof+json":{"source":"iana","compressible":true},"application/vnd.shopkick+json":{"source":"iana","compressible":true},"application/vnd.shp":{"source":"iana"},"application/vnd.shx":{"source":"iana"},"application/vnd.sigrok.session":{"source":"iana"},"application/vnd.simtech-mindmapper":{"source":"iana","extensions":["twd","twds"]},"application/vnd.siren+json":{"source":"iana","compressible":true},"application/vnd.smaf":{"source":"iana","extensions":["mmf"]},"application/vnd.smart.notebook":{"source":"iana"},"application/vnd.smart.teacher":{"source":"iana","extensions":["teacher"]},"application/vnd.snesdev-page-table":{"source":"iana"},"application/vnd.software602.filler.form+xml":{"source":"iana","compressible":true,"extensions":["fo"]},"application/vnd.software602.filler.form-xml-zip":{"source":"iana"},"application/vnd.solent.sdkm+xml":{"source":"iana","compressible":true,"extensions":["sdkm","sdkd"]},"application/vnd.spotfire.dxp":{"source":"iana","extensions":["dxp"]},"application/vnd.spotfire.sfs":{"source":"iana","extensions":["sfs"]},"application/vnd.sqlite3":{"source":"iana"},"application/vnd.sss-cod":{"source":"iana"},"application/vnd.sss-dtf":{"source":"iana"},"application/vnd.sss-ntf":{"source":"iana"},"application/vnd.stardivision.calc":{"source":"apache","extensions":["sdc"]},"application/vnd.stardivision.draw":{"source":"apache","extensions":["sda"]},"application/vnd.stardivision.impress":{"source":"apache","extensions":["sdd"]},"application/vnd.stardivision.math":{"source":"apache","extensions":["smf"]},"application/vnd.stardivision.writer":{"source":"apache","extensions":["sdw","vor"]},"application/vnd.stardivision.writer-global":{"source":"apache","extensions":["sgl"]},"application/vnd.stepmania.package":{"source":"iana","extensions":["smzip"]},"application/vnd.stepmania.stepchart":{"source":"iana","extensions":["sm"]},"application/vnd.street-stream":{"source":"iana"},"application/vnd.sun.wadl+xml":{"source":"iana","compressible":true,"extensions":["wadl"]},"application/vnd.sun.xml.calc":{"source":"apache","extensions":["sxc"]},"application/vnd.sun.xml.calc.template":{"source":"apache","extensions":["stc"]},"application/vnd.sun.xml.draw":{"source":"apache","extensions":["sxd"]},"application/vnd.sun.xml.draw.template":{"source":"apache","extensions":["std"]},"application/vnd.sun.xml.impress":{"source":"apache","extensions":["sxi"]},"application/vnd.sun.xml.impress.template":{"source":"apache","extensions":["sti"]},"application/vnd.sun.xml.math":{"source":"apache","extensions":["sxm"]},"application/vnd.sun.xml.writer":{"source":"apache","extensions":["sxw"]},"application/vnd.sun.xml.writer.global":{"source":"apache","extensions":["sxg"]},"application/vnd.sun.xml.writer.template":{"source":"apache","extensions":["stw"]},"application/vnd.sus-calendar":{"source":"iana","extensions":["sus","susp"]},"application/vnd.svd":{"source":"iana","extensions":["svd"]},"application/vnd.swiftview-ics":{"source":"iana"},"application/vnd.sycle+xml":{"source":"iana","compressible":true},"application/vnd.syft+json":{"source":"iana","compressible":true},"application/vnd.symbian.install":{"source":"apache","extensions":["sis","sisx"]},"application/vnd.syncml+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["xsm"]},"application/vnd.syncml.dm+wbxml":{"source":"iana","charset":"UTF-8","extensions":["bdm"]},"application/vnd.syncml.dm+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["xdm"]},"application/vnd.syncml.dm.notification":{"source":"iana"},"application/vnd.syncml.dmddf+wbxml":{"source":"iana"},"application/vnd.syncml.dmddf+xml":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["ddf"]},"application/vnd.syncml.dmtnds+wbxml":{"source":"iana"},"application/vnd.syncml.dmtnds+xml":{"source":"iana","charset":"UTF-8","compressible":true},"application/vnd.syncml.ds.notification":{"source":"iana"},"application/vnd.tableschema+json":{"source":"iana","compressible":true},"application/vnd.tao.intent-module-archive":{"source":"iana","extensions":["tao"]},"application/vnd.tcpdump.pcap":{"source":"iana","extensions":["pcap","cap","dmp"]},"application/vnd.think-cell.ppttc+json":{"source":"iana","compressible":true},"application/vnd.tmd.mediaflex.api+xml":{"source":"iana","compressible":true},"application/vnd.tml":{"source":"iana"},"application/vnd.tmobile-livetv":{"source":"iana","extensions":["tmo"]},"application/vnd.tri.onesource":{"source":"iana"},"application/vnd.trid.tpt":{"source":"iana","extensions":["tpt"]},"application/vnd.triscape.mxs":{"source":"iana","extensions":["mxs"]},"application/vnd.trueapp":{"source":"iana","extensions":["tra"]},"application/vnd.truedoc":{"source":"iana"},"application/vnd.ubisoft.webplayer":{"source":"iana"},"application/vnd.ufdl":{"source":"iana","extensions":["ufd","ufdl"]},"application/vnd.uiq.theme":{"source":"iana","extensions":["utz"]},"application/vnd.umajin":{"source":"iana","extensions":["umj"]},"application/vnd.unity":{"source":"iana","extensions":["unityweb"]},"application/vnd.uoml+xml":{"source":"iana","compressible":true,"extensions":["uoml"]},"application/vnd.uplanet.alert":{"source":"iana"},"application/vnd.uplanet.alert-wbxml":{"source":"iana"},"application/vnd.uplanet.bearer-choice":{"source":"iana"},"application/vnd.uplanet.bearer-choice-wbxml":{"source":"iana"},"application/vnd.uplanet.cacheop":{"source":"iana"},"application/vnd.uplanet.cacheop-wbxml":{"source":"iana"},"application/vnd.uplanet.channel":{"source":"iana"},"application/vnd.uplanet.channel-wbxml":{"source":"iana"},"application/vnd.uplanet.list":{"source":"iana"},"application/vnd.uplanet.list-wbxml":{"source":"iana"},"application/vnd.uplanet.listcmd":{"source":"iana"},"application/vnd.uplanet.listcmd-wbxml":{"source":"iana"},"application/vnd.uplanet.signal":{"source":"iana"},"application/vnd.uri-map":{"source":"iana"},"application/vnd.valve.source.material":{"source":"iana"},"application/vnd.vcx":{"source":"iana","extensions":["vcx"]},"application/vnd.vd-study":{"source":"iana"},"application/vnd.vectorworks":{"source":"iana"},"application/vnd.vel+json":{"source":"iana","compressible":true},"application/vnd.verimatrix.vcas":{"source":"iana"},"application/vnd.veritone.aion+json":{"source":"iana","compressible":true},"application/vnd.veryant.thin":{"source":"iana"},"application/vnd.ves.encrypted":{"source":"iana"},"application/vnd.vidsoft.vidconference":{"source":"iana"},"application/vnd.visio":{"source":"iana","extensions":["vsd","vst","vss","vsw"]},"application/vnd.visionary":{"source":"iana","extensions":["vis"]},"application/vnd.vividence.scriptfile":{"source":"iana"},"application/vnd.vsf":{"source":"iana","extensions":["vsf"]},"application/vnd.wap.sic":{"source":"iana"},"application/vnd.wap.slc":{"source":"iana"},"application/vnd.wap.wbxml":{"source":"iana","charset":"UTF-8","extensions":["wbxml"]},"application/vnd.wap.wmlc":{"source":"iana","extensions":["wmlc"]},"application/vnd.wap.wmlscriptc":{"source":"iana","extensions":["wmlsc"]},"application/vnd.webturbo":{"source":"iana","extensions":["wtb"]},"application/vnd.wfa.dpp":{"source":"iana"},"application/vnd.wfa.p2p":{"source":"iana"},"application/vnd.wfa.wsc":{"source":"iana"},"application/vnd.windows.devicepairing":{"source":"iana"},"application/vnd.wmc":{"source":"iana"},"application/vnd.wmf.bootstrap":{"source":"iana"},"application/vnd.wolfram.mathematica":{"source":"iana"},"application/vnd.wolfram.mathematica.package":{"source":"iana"},"application/vnd.wolfram.player":{"source":"iana","extensions":["nbp"]},"application/vnd.wordperfect":{"source":"iana","extensions":["wpd"]},"application/vnd.wqd":{"source":"iana","extensions":["wqd"]},"application/vnd.wrq-hp3000-labelled":{"source":"iana"},"application/vnd.wt.stf":{"source":"iana","extensions":["stf"]},"application/vnd.wv.csp+wbxml":{"source":"iana"},"application/vnd.wv.csp+xml":{"source":"iana","compressible":true},"application/vnd.wv.ssp+xml":{"source":"iana","compressible":true},"application/vnd.xacml+json":{"source":"iana","compressible":true},"application/vnd.xara":{"source":"iana","extensions":["xar"]},"application/vnd.xfdl":{"source":"iana","extensions":["xfdl"]},"application/vnd.xfdl.webform":{"source":"iana"},"application/vnd.xmi+xml":{"source":"iana","compressible":true},"application/vnd.xmpie.cpkg":{"source":"iana"},"application/vnd.xmpie.dpkg":{"source":"iana"},"application/vnd.xmpie.plan":{"source":"iana"},"application/vnd.xmpie.ppkg":{"source":"iana"},"application/vnd.xmpie.xlim":{"source":"iana"},"application/vnd.yamaha.hv-dic":{"source":"iana","extensions":["hvd"]},"application/vnd.yamaha.hv-script":{"source":"iana","extensions":["hvs"]},"application/vnd.yamaha.hv-voice":{"source":"iana","extensions":["hvp"]},"application/vnd.yamaha.openscoreformat":{"source":"iana","extensions":["osf"]},"application/vnd.yamaha.openscoreformat.osfpvg+xml":{"source":"iana","compressible":true,"extensions":["osfpvg"]},"application/vnd.yamaha.remote-setup":{"source":"iana"},"application/vnd.yamaha.smaf-audio":{"source":"iana","extensions":["saf"]},"application/vnd.yamaha.smaf-phrase":{"source":"iana","extensions":["spf"]},"application/vnd.yamaha.through-ngn":{"source":"iana"},"application/vnd.yamaha.tunnel-udpencap":{"source":"iana"},"application/vnd.yaoweme":{"source":"iana"},"application/vnd.yellowriver-custom-menu":{"source":"iana","extensions":["cmp"]},"application/vnd.youtube.yt":{"source":"iana"},"application/vnd.zul":{"source":"iana","extensions":["zir","zirz"]},"application/vnd.zzazz.deck+xml":{"source":"iana","compressible":true,"extensions":["zaz"]},"application/voicexml+xml":{"source":"iana","compressible":true,"extensions":["vxml"]},"application/voucher-cms+json":{"source":"iana","compressible":true},"application/vq-rtcpxr":{"source":"iana"},"application/wasm":{"source":"iana","compressible":true,"extensions":["wasm"]},"application/watcherinfo+xml":{"source":"iana","compressible":true,"extensions":["wif"]},"application/webpush-options+json":{"source":"iana","compressible":true},"application/whoispp-query":{"source":"iana"},"application/whoispp-response":{"source":"iana"},"application/widget":{"source":"iana","extensions":["wgt"]},"application/winhlp":{"source":"apache","extensions":["hlp"]},"application/wita":{"source":"iana"},"application/wordperfect5.1":{"source":"iana"},"application/wsdl+xml":{"source":"iana","compressible":true,"extensions":["wsdl"]},"application/wspolicy+xml":{"source":"iana","compressible":true,"extensions":["wspolicy"]},"application/x-7z-compressed":{"source":"apache","compressible":false,"extensions":["7z"]},"application/x-abiword":{"source":"apache","extensions":["abw"]},"application/x-ace-compressed":{"source":"apache","extensions":["ace"]},"application/x-amf":{"source":"apache"},"application/x-apple-diskimage":{"source":"apache","extensions":["dmg"]},"application/x-arj":{"compressible":false,"extensions":["arj"]},"application/x-authorware-bin":{"source":"apache","extensions":["aab","x32","u32","vox"]},"application/x-authorware-map":{"source":"apache","extensions":["aam"]},"application/x-authorware-seg":{"source":"apache","extensions":["aas"]},"application/x-bcpio":{"source":"apache","extensions":["bcpio"]},"application/x-bdoc":{"compressible":false,"extensions":["bdoc"]},"application/x-bittorrent":{"source":"apache","extensions":["torrent"]},"application/x-blorb":{"source":"apache","extensions":["blb","blorb"]},"application/x-bzip":{"source":"apache","compressible":false,"extensions":["bz"]},"application/x-bzip2":{"source":"apache","compressible":false,"extensions":["bz2","boz"]},"application/x-cbr":{"source":"apache","extensions":["cbr","cba","cbt","cbz","cb7"]},"application/x-cdlink":{"source":"apache","extensions":["vcd"]},"application/x-cfs-compressed":{"source":"apache","extensions":["cfs"]},"application/x-chat":{"source":"apache","extensions":["chat"]},"application/x-chess-pgn":{"source":"apache","extensions":["pgn"]},"application/x-chrome-extension":{"extensions":["crx"]},"application/x-cocoa":{"source":"nginx","extensions":["cco"]},"application/x-compress":{"source":"apache"},"application/x-conference":{"source":"apache","extensions":["nsc"]},"application/x-cpio":{"source":"apache","extensions":["cpio"]},"application/x-csh":{"source":"apache","extensions":["csh"]},"application/x-deb":{"compressible":false},"application/x-debian-package":{"source":"apache","extensions":["deb","udeb"]},"application/x-dgc-compressed":{"source":"apache","extensions":["dgc"]},"application/x-director":{"source":"apache","extensions":["dir","dcr","dxr","cst","cct","cxt","w3d","fgd","swa"]},"application/x-doom":{"source":"apache","extensions":["wad"]},"application/x-dtbncx+xml":{"source":"apache","compressible":true,"extensions":["ncx"]},"application/x-dtbook+xml":{"source":"apache","compressible":true,"extensions":["dtb"]},"application/x-dtbresource+xml":{"source":"apache","compressible":true,"extensions":["res"]},"application/x-dvi":{"source":"apache","compressible":false,"extensions":["dvi"]},"application/x-envoy":{"source":"apache","extensions":["evy"]},"application/x-eva":{"source":"apache","extensions":["eva"]},"application/x-font-bdf":{"source":"apache","extensions":["bdf"]},"application/x-font-dos":{"source":"apache"},"application/x-font-framemaker":{"source":"apache"},"application/x-font-ghostscript":{"source":"apache","extensions":["gsf"]},"application/x-font-libgrx":{"source":"apache"},"application/x-font-linux-psf":{"source":"apache","extensions":["psf"]},"application/x-font-pcf":{"source":"apache","extensions":["pcf"]},"application/x-font-snf":{"source":"apache","extensions":["snf"]},"application/x-font-speedo":{"source":"apache"},"application/x-font-sunos-news":{"source":"apache"},"application/x-font-type1":{"source":"apache","extensions":["pfa","pfb","pfm","afm"]},"application/x-font-vfont":{"source":"apache"},"application/x-freearc":{"source":"apache","extensions":["arc"]},"application/x-futuresplash":{"source":"apache","extensions":["spl"]},"application/x-gca-compressed":{"source":"apache","extensions":["gca"]},"application/x-glulx":{"source":"apache","extensions":["ulx"]},"application/x-gnumeric":{"source":"apache","extensions":["gnumeric"]},"application/x-gramps-xml":{"source":"apache","extensions":["gramps"]},"application/x-gtar":{"source":"apache","extensions":["gtar"]},"application/x-gzip":{"source":"apache"},"application/x-hdf":{"source":"apache","extensions":["hdf"]},"application/x-httpd-php":{"compressible":true,"extensions":["php"]},"application/x-install-instructions":{"source":"apache","extensions":["install"]},"application/x-iso9660-image":{"source":"apache","extensions":["iso"]},"application/x-iwork-keynote-sffkey":{"extensions":["key"]},"application/x-iwork-numbers-sffnumbers":{"extensions":["numbers"]},"application/x-iwork-pages-sffpages":{"extensions":["pages"]},"application/x-java-archive-diff":{"source":"nginx","extensions":["jardiff"]},"application/x-java-jnlp-file":{"source":"apache","compressible":false,"extensions":["jnlp"]},"application/x-javascript":{"compressible":true},"application/x-keepass2":{"extensions":["kdbx"]},"application/x-latex":{"source":"apache","compressible":false,"extensions":["latex"]},"application/x-lua-bytecode":{"extensions":["luac"]},"application/x-lzh-compressed":{"source":"apache","extensions":["lzh","lha"]},"application/x-makeself":{"source":"nginx","extensions":["run"]},"application/x-mie":{"source":"apache","extensions":["mie"]},"application/x-mobipocket-ebook":{"source":"apache","extensions":["prc","mobi"]},"application/x-mpegurl":{"compressible":false},"application/x-ms-application":{"source":"apache","extensions":["application"]},"application/x-ms-shortcut":{"source":"apache","extensions":["lnk"]},"application/x-ms-wmd":{"source":"apache","extensions":["wmd"]},"application/x-ms-wmz":{"source":"apache","extensions":["wmz"]},"application/x-ms-xbap":{"source":"apache","extensions":["xbap"]},"application/x-msaccess":{"source":"apache","extensions":["mdb"]},"application/x-msbinder":{"source":"apache","extensions":["obd"]},"application/x-mscardfile":{"source":"apache","extensions":["crd"]},"application/x-msclip":{"source":"apache","extensions":["clp"]},"application/x-msdos-program":{"extensions":["exe"]},"application/x-msdownload":{"source":"apache","extensions":["exe","dll","com","bat","msi"]},"application/x-msmediaview":{"source":"apache","extensions":["mvb","m13","m14"]},"application/x-msmetafile":{"source":"apache","extensions":["wmf","wmz","emf","emz"]},"application/x-msmoney":{"source":"apache","extensions":["mny"]},"application/x-mspublisher":{"source":"apache","extensions":["pub"]},"application/x-msschedule":{"source":"apache","extensions":["scd"]},"application/x-msterminal":{"source":"apache","extensions":["trm"]},"application/x-mswrite":{"source":"apache","extensions":["wri"]},"application/x-netcdf":{"source":"apache","extensions":["nc","cdf"]},"application/x-ns-proxy-autoconfig":{"compressible":true,"extensions":["pac"]},"application/x-nzb":{"source":"apache","extensions":["nzb"]},"application/x-perl":{"source":"nginx","extensions":["pl","pm"]},"application/x-pilot":{"source":"nginx","extensions":["prc","pdb"]},"application/x-pkcs12":{"source":"apache","compressible":false,"extensions":["p12","pfx"]},"application/x-pkcs7-certificates":{"source":"apache","extensions":["p7b","spc"]},"application/x-pkcs7-certreqresp":{"source":"apache","extensions":["p7r"]},"application/x-pki-message":{"source":"iana"},"application/x-rar-compressed":{"source":"apache","compressible":false,"extensions":["rar"]},"application/x-redhat-package-manager":{"source":"nginx","extensions":["rpm"]},"application/x-research-info-systems":{"source":"apache","extensions":["ris"]},"application/x-sea":{"source":"nginx","extensions":["sea"]},"application/x-sh":{"source":"apache","compressible":true,"extensions":["sh"]},"application/x-shar":{"source":"apache","extensions":["shar"]},"application/x-shockwave-flash":{"source":"apache","compressible":false,"extensions":["swf"]},"application/x-silverlight-app":{"source":"apache","extensions":["xap"]},"application/x-sql":{"source":"apache","extensions":["sql"]},"application/x-stuffit":{"source":"apache","compressible":false,"extensions":["sit"]},"application/x-stuffitx":{"source":"apache","extensions":["sitx"]},"application/x-subrip":{"source":"apache","extensions":["srt"]},"application/x-sv4cpio":{"source":"apache","extensions":["sv4cpio"]},"application/x-sv4crc":{"source":"apache","extensions":["sv4crc"]},"application/x-t3vm-image":{"source":"apache","extensions":["t3"]},"application/x-tads":{"source":"apache","extensions":["gam"]},"application/x-tar":{"source":"apache","compressible":true,"extensions":["tar"]},"application/x-tcl":{"source":"apache","extensions":["tcl","tk"]},"application/x-tex":{"source":"apache","extensions":["tex"]},"application/x-tex-tfm":{"source":"apache","extensions":["tfm"]},"application/x-texinfo":{"source":"apache","extensions":["texinfo","texi"]},"application/x-tgif":{"source":"apache","extensions":["obj"]},"application/x-ustar":{"source":"apache","extensions":["ustar"]},"application/x-virtualbox-hdd":{"compressible":true,"extensions":["hdd"]},"application/x-virtualbox-ova":{"compressible":true,"extensions":["ova"]},"application/x-virtualbox-ovf":{"compressible":true,"extensions":["ovf"]},"application/x-virtualbox-vbox":{"compressible":true,"extensions":["vbox"]},"application/x-virtualbox-vbox-extpack":{"compressible":false,"extensions":["vbox-extpack"]},"application/x-virtualbox-vdi":{"compressible":true,"extensions":["vdi"]},"application/x-virtualbox-vhd":{"compressible":true,"extensions":["vhd"]},"application/x-virtualbox-vmdk":{"compressible":true,"extensions":["vmdk"]},"application/x-wais-source":{"source":"apache","extensions":["src"]},"application/x-web-app-manifest+json":{"compressible":true,"extensions":["webapp"]},"application/x-www-form-urlencoded":{"source":"iana","compressible":true},"application/x-x509-ca-cert":{"source":"iana","extensions":["der","crt","pem"]},"application/x-x509-ca-ra-cert":{"source":"iana"},"application/x-x509-next-ca-cert":{"source":"iana"},"application/x-xfig":{"source":"apache","extensions":["fig"]},"application/x-xliff+xml":{"source":"apache","compressible":true,"extensions":["xlf"]},"application/x-xpinstall":{"source":"apache","compressible":false,"extensions":["xpi"]},"application/x-xz":{"source":"apache","extensions":["xz"]},"application/x-zmachine":{"source":"apache","extensions":["z1","z2","z3","z4","z5","z6","z7","z8"]},"application/x400-bp":{"source":"iana"},"application/xacml+xml":{"source":"iana","compressible":true},"application/xaml+xml":{"source":"apache","compressible":true,"extensions":["xaml"]},"application/xcap-att+xml":{"source":"iana","compressible":true,"extensions":["xav"]},"application/xcap-caps+xml":{"source":"iana","compressible":true,"extensions":["xca"]},"application/xcap-diff+xml":{"source":"iana","compressible":true,"extensions":["xdf"]},"application/xcap-el+xml":{"source":"iana","compressible":true,"extensions":["xel"]},"application/xcap-error+xml":{"source":"iana","compressible":true},"application/xcap-ns+xml":{"source":"iana","compressible":true,"extensions":["xns"]},"application/xcon-conference-info+xml":{"source":"iana","compressible":true},"application/xcon-conference-info-diff+xml":{"source":"iana","compressible":true},"application/xenc+xml":{"source":"iana","compressible":true,"extensions":["xenc"]},"application/xhtml+xml":{"source":"iana","compressible":true,"extensions":["xhtml","xht"]},"application/xhtml-voice+xml":{"source":"apache","compressible":true},"application/xliff+xml":{"source":"iana","compressible":true,"extensions":["xlf"]},"application/xml":{"source":"iana","compressible":true,"extensions":["xml","xsl","xsd","rng"]},"application/xml-dtd":{"source":"iana","compressible":true,"extensions":["dtd"]},"application/xml-external-parsed-entity":{"source":"iana"},"application/xml-patch+xml":{"source":"iana","compressible":true},"application/xmpp+xml":{"source":"iana","compressible":true},"application/xop+xml":{"source":"iana","compressible":true,"extensions":["xop"]},"application/xproc+xml":{"source":"apache","compressible":true,"extensions":["xpl"]},"application/xslt+xml":{"source":"iana","compressible":true,"extensions":["xsl","xslt"]},"application/xspf+xml":{"source":"apache","compressible":true,"extensions":["xspf"]},"application/xv+xml":{"source":"iana","compressible":true,"extensions":["mxml","xhvml","xvml","xvm"]},"application/yang":{"source":"iana","extensions":["yang"]},"application/yang-data+json":{"source":"iana","compressible":true},"application/yang-data+xml":{"source":"iana","compressible":true},"application/yang-patch+json":{"source":"iana","compressible":true},"application/yang-patch+xml":{"source":"iana","compressible":true},"application/yin+xml":{"source":"iana","compressible":true,"extensions":["yin"]},"application/zip":{"source":"iana","compressible":false,"extensions":["zip"]},"application/zlib":{"source":"iana"},"application/zstd":{"source":"iana"},"audio/1d-interleaved-parityfec":{"source":"iana"},"audio/32kadpcm":{"source":"iana"},"audio/3gpp":{"source":"iana","compressible":false,"extensions":["3gpp"]},"audio/3gpp2":{"source":"iana"},"audio/aac":{"source":"iana"},"audio/ac3":{"source":"iana"},"audio/adpcm":{"source":"apache","extensions":["adp"]},"audio/amr":{"source":"iana","extensions":["amr"]},"audio/amr-wb":{"source":"iana"},"audio/amr-wb+":{"source":"iana"},"audio/aptx":{"source":"iana"},"audio/asc":{"source":"iana"},"audio/atrac-advanced-lossless":{"source":"iana"},"audio/atrac-x":{"source":"iana"},"audio/atrac3":{"source":"iana"},"audio/basic":{"source":"iana","compressible":false,"extensions":["au","snd"]},"audio/bv16":{"source":"iana"},"audio/bv32":{"source":"iana"},"audio/clearmode":{"source":"iana"},"audio/cn":{"source":"iana"},"audio/dat12":{"source":"iana"},"audio/dls":{"source":"iana"},"audio/dsr-es201108":{"source":"iana"},"audio/dsr-es202050":{"source":"iana"},"audio/dsr-es202211":{"source":"iana"},"audio/dsr-es202212":{"source":"iana"},"audio/dv":{"source":"iana"},"audio/dvi4":{"source":"iana"},"audio/eac3":{"source":"iana"},"audio/encaprtp":{"source":"iana"},"audio/evrc":{"source":"iana"},"audio/evrc-qcp":{"source":"iana"},"audio/evrc0":{"source":"iana"},"audio/evrc1":{"source":"iana"},"audio/evrcb":{"source":"iana"},"audio/evrcb0":{"source":"iana"},"audio/evrcb1":{"source":"iana"},"audio/evrcnw":{"source":"iana"},"audio/evrcnw0":{"source":"iana"},"audio/evrcnw1":{"source":"iana"},"audio/evrcwb":{"source":"iana"},"audio/evrcwb0":{"source":"iana"},"audio/evrcwb1":{"source":"iana"},"audio/evs":{"source":"iana"},"audio/flexfec":{"source":"iana"},"audio/fwdred":{"source":"iana"},"audio/g711-0":{"source":"iana"},"audio/g719":{"source":"iana"},"audio/g722":{"source":"iana"},"audio/g7221":{"source":"iana"},"audio/g723":{"source":"iana"},"audio/g726-16":{"source":"iana"},"audio/g726-24":{"source":"iana"},"audio/g726-32":{"source":"iana"},"audio/g726-40":{"source":"iana"},"audio/g728":{"source":"iana"},"audio/g729":{"source":"iana"},"audio/g7291":{"source":"iana"},"audio/g729d":{"source":"iana"},"audio/g729e":{"source":"iana"},"audio/gsm":{"source":"iana"},"audio/gsm-efr":{"source":"iana"},"audio/gsm-hr-08":{"source":"iana"},"audio/ilbc":{"source":"iana"},"audio/ip-mr_v2.5":{"source":"iana"},"audio/isac":{"source":"apache"},"audio/l16":{"source":"iana"},"audio/l20":{"source":"iana"},"audio/l24":{"source":"iana","compressible":false},"audio/l8":{"source":"iana"},"audio/lpc":{"source":"iana"},"audio/melp":{"source":"iana"},"audio/melp1200":{"source":"iana"},"audio/melp2400":{"source":"iana"},"audio/melp600":{"source":"iana"},"audio/mhas":{"source":"iana"},"audio/midi":{"source":"apache","extensions":["mid","midi","kar","rmi"]},"audio/mobile-xmf":{"source":"iana","extensions":["mxmf"]},"audio/mp3":{"compressible":false,"extensions":["mp3"]},"audio/mp4":{"source":"iana","compressible":false,"extensions":["m4a","mp4a"]},"audio/mp4a-latm":{"source":"iana"},"audio/mpa":{"source":"iana"},"audio/mpa-robust":{"source":"iana"},"audio/mpeg":{"source":"iana","compressible":false,"extensions":["mpga","mp2","mp2a","mp3","m2a","m3a"]},"audio/mpeg4-generic":{"source":"iana"},"audio/musepack":{"source":"apache"},"audio/ogg":{"source":"iana","compressible":false,"extensions":["oga","ogg","spx","opus"]},"audio/opus":{"source":"iana"},"audio/parityfec":{"source":"iana"},"audio/pcma":{"source":"iana"},"audio/pcma-wb":{"source":"iana"},"audio/pcmu":{"source":"iana"},"audio/pcmu-wb":{"source":"iana"},"audio/prs.sid":{"source":"iana"},"audio/qcelp":{"source":"iana"},"audio/raptorfec":{"source":"iana"},"audio/red":{"source":"iana"},"audio/rtp-enc-aescm128":{"source":"iana"},"audio/rtp-midi":{"source":"iana"},"audio/rtploopback":{"source":"iana"},"audio/rtx":{"source":"iana"},"audio/s3m":{"source":"apache","extensions":["s3m"]},"audio/scip":{"source":"iana"},"audio/silk":{"source":"apache","extensions":["sil"]},"audio/smv":{"source":"iana"},"audio/smv-qcp":{"source":"iana"},"audio/smv0":{"source":"iana"},"audio/sofa":{"source":"iana"},"audio/sp-midi":{"source":"iana"},"audio/speex":{"source":"iana"},"audio/t140c":{"source":"iana"},"audio/t38":{"source":"iana"},"audio/telephone-event":{"source":"iana"},"audio/tetra_acelp":{"source":"iana"},"audio/tetra_acelp_bb":{"source":"iana"},"audio/tone":{"source":"iana"},"audio/tsvcis":{"source":"iana"},"audio/uemclip":{"source":"iana"},"audio/ulpfec":{"source":"iana"},"audio/usac":{"source":"iana"},"audio/vdvi":{"source":"iana"},"audio/vmr-wb":{"source":"iana"},"audio/vnd.3gpp.iufp":{"source":"iana"},"audio/vnd.4sb":{"source":"iana"},"audio/vnd.audiokoz":{"source":"iana"},"audio/vnd.celp":{"source":"iana"},"audio/vnd.cisco.nse":{"source":"iana"},"audio/vnd.cmles.radio-events":{"source":"iana"},"audio/vnd.cns.anp1":{"source":"iana"},"audio/vnd.cns.inf1":{"source":"iana"},"audio/vnd.dece.audio":{"source":"iana","extensions":["uva","uvva"]},"audio/vnd.digital-winds":{"source":"iana","extensions":["eol"]},"audio/vnd.dlna.adts":{"source":"iana"},"audio/vnd.dolby.heaac.1":{"source":"iana"},"audio/vnd.dolby.heaac.2":{"source":"iana"},"audio/vnd.dolby.mlp":{"source":"iana"},"audio/vnd.dolby.mps":{"source":"iana"},"audio/vnd.dolby.pl2":{"source":"iana"},"audio/vnd.dolby.pl2x":{"source":"iana"},"audio/vnd.dolby.pl2z":{"source":"iana"},"audio/vnd.dolby.pulse.1":{"source":"iana"},"audio/vnd.dra":{"source":"iana","extensions":["dra"]},"audio/vnd.dts":{"source":"iana","extensions":["dts"]},"audio/vnd.dts.hd":{"source":"iana","extensions":["dtshd"]},"audio/vnd.dts.uhd":{"source":"iana"},"audio/vnd.dvb.file":{"source":"iana"},"audio/vnd.everad.plj":{"source":"iana"},"audio/vnd.hns.audio":{"source":"iana"},"audio/vnd.lucent.voice":{"source":"iana","extensions":["lvp"]},"audio/vnd.ms-playready.media.pya":{"source":"iana","extensions":["pya"]},"audio/vnd.nokia.mobile-xmf":{"source":"iana"},"audio/vnd.nortel.vbk":{"source":"iana"},"audio/vnd.nuera.ecelp4800":{"source":"iana","extensions":["ecelp4800"]},"audio/vnd.nuera.ecelp7470":{"source":"iana","extensions":["ecelp7470"]},"audio/vnd.nuera.ecelp9600":{"source":"iana","extensions":["ecelp9600"]},"audio/vnd.octel.sbc":{"source":"iana"},"audio/vnd.presonus.multitrack":{"source":"iana"},"audio/vnd.qcelp":{"source":"iana"},"audio/vnd.rhetorex.32kadpcm":{"source":"iana"},"audio/vnd.rip":{"source":"iana","extensions":["rip"]},"audio/vnd.rn-realaudio":{"compressible":false},"audio/vnd.sealedmedia.softseal.mpeg":{"source":"iana"},"audio/vnd.vmx.cvsd":{"source":"iana"},"audio/vnd.wave":{"compressible":false},"audio/vorbis":{"source":"iana","compressible":false},"audio/vorbis-config":{"source":"iana"},"audio/wav":{"compressible":false,"extensions":["wav"]},"audio/wave":{"compressible":false,"extensions":["wav"]},"audio/webm":{"source":"apache","compressible":false,"extensions":["weba"]},"audio/x-aac":{"source":"apache","compressible":false,"extensions":["aac"]},"audio/x-aiff":{"source":"apache","extensions":["aif","aiff","aifc"]},"audio/x-caf":{"source":"apache","compressible":false,"extensions":["caf"]},"audio/x-flac":{"source":"apache","extensions":["flac"]},"audio/x-m4a":{"source":"nginx","extensions":["m4a"]},"audio/x-matroska":{"source":"apache","extensions":["mka"]},"audio/x-mpegurl":{"source":"apache","extensions":["m3u"]},"audio/x-ms-wax":{"source":"apache","extensions":["wax"]},"audio/x-ms-wma":{"source":"apache","extensions":["wma"]},"audio/x-pn-realaudio":{"source":"apache","extensions":["ram","ra"]},"audio/x-pn-realaudio-plugin":{"source":"apache","extensions":["rmp"]},"audio/x-realaudio":{"source":"nginx","extensions":["ra"]},"audio/x-tta":{"source":"apache"},"audio/x-wav":{"source":"apache","extensions":["wav"]},"audio/xm":{"source":"apache","extensions":["xm"]},"chemical/x-cdx":{"source":"apache","extensions":["cdx"]},"chemical/x-cif":{"source":"apache","extensions":["cif"]},"chemical/x-cmdf":{"source":"apache","extensions":["cmdf"]},"chemical/x-cml":{"source":"apache","extensions":["cml"]},"chemical/x-csml":{"source":"apache","extensions":["csml"]},"chemical/x-pdb":{"source":"apache"},"chemical/x-xyz":{"source":"apache","extensions":["xyz"]},"font/collection":{"source":"iana","extensions":["ttc"]},"font/otf":{"source":"iana","compressible":true,"extensions":["otf"]},"font/sfnt":{"source":"iana"},"font/ttf":{"source":"iana","compressible":true,"extensions":["ttf"]},"font/woff":{"source":"iana","extensions":["woff"]},"font/woff2":{"source":"iana","extensions":["woff2"]},"image/aces":{"source":"iana","extensions":["exr"]},"image/apng":{"compressible":false,"extensions":["apng"]},"image/avci":{"source":"iana","extensions":["avci"]},"image/avcs":{"source":"iana","extensions":["avcs"]},"image/avif":{"source":"iana","compressible":false,"extensions":["avif"]},"image/bmp":{"source":"iana","compressible":true,"extensions":["bmp"]},"image/cgm":{"source":"iana","extensions":["cgm"]},"image/dicom-rle":{"source":"iana","extensions":["drle"]},"image/emf":{"source":"iana","extensions":["emf"]},"image/fits":{"source":"iana","extensions":["fits"]},"image/g3fax":{"source":"iana","extensions":["g3"]},"image/gif":{"source":"iana","compressible":false,"extensions":["gif"]},"image/heic":{"source":"iana","extensions":["heic"]},"image/heic-sequence":{"source":"iana","extensions":["heics"]},"image/heif":{"source":"iana","extensions":["heif"]},"image/heif-sequence":{"source":"iana","extensions":["heifs"]},"image/hej2k":{"source":"iana","extensions":["hej2"]},"image/hsj2":{"source":"iana","extensions":["hsj2"]},"image/ief":{"source":"iana","extensions":["ief"]},"image/jls":{"source":"iana","extensions":["jls"]},"image/jp2":{"source":"iana","compressible":false,"extensions":["jp2","jpg2"]},"image/jpeg":{"source":"iana","compressible":false,"extensions":["jpeg","jpg","jpe"]},"image/jph":{"source":"iana","extensions":["jph"]},"image/jphc":{"source":"iana","extensions":["jhc"]},"image/jpm":{"source":"iana","compressible":false,"extensions":["jpm"]},"image/jpx":{"source":"iana","compressible":false,"extensions":["jpx","jpf"]},"image/jxr":{"source":"iana","extensions":["jxr"]},"image/jxra":{"source":"iana","extensions":["jxra"]},"image/jxrs":{"source":"iana","extensions":["jxrs"]},"image/jxs":{"source":"iana","extensions":["jxs"]},"image/jxsc":{"source":"iana","extensions":["jxsc"]},"image/jxsi":{"source":"iana","extensions":["jxsi"]},"image/jxss":{"source":"iana","extensions":["jxss"]},"image/ktx":{"source":"iana","extensions":["ktx"]},"image/ktx2":{"source":"iana","extensions":["ktx2"]},"image/naplps":{"source":"iana"},"image/pjpeg":{"compressible":false},"image/png":{"source":"iana","compressible":false,"extensions":["png"]},"image/prs.btif":{"source":"iana","extensions":["btif"]},"image/prs.pti":{"source":"iana","extensions":["pti"]},"image/pwg-raster":{"source":"iana"},"image/sgi":{"source":"apache","extensions":["sgi"]},"image/svg+xml":{"source":"iana","compressible":true,"extensions":["svg","svgz"]},"image/t38":{"source":"iana","extensions":["t38"]},"image/tiff":{"source":"iana","compressible":false,"extensions":["tif","tiff"]},"image/tiff-fx":{"source":"iana","extensions":["tfx"]},"image/vnd.adobe.photoshop":{"source":"iana","compressible":true,"extensions":["psd"]},"image/vnd.airzip.accelerator.azv":{"source":"iana","extensions":["azv"]},"image/vnd.cns.inf2":{"source":"iana"},"image/vnd.dece.graphic":{"source":"iana","extensions":["uvi","uvvi","uvg","uvvg"]},"image/vnd.djvu":{"source":"iana","extensions":["djvu","djv"]},"image/vnd.dvb.subtitle":{"source":"iana","extensions":["sub"]},"image/vnd.dwg":{"source":"iana","extensions":["dwg"]},"image/vnd.dxf":{"source":"iana","extensions":["dxf"]},"image/vnd.fastbidsheet":{"source":"iana","extensions":["fbs"]},"image/vnd.fpx":{"source":"iana","extensions":["fpx"]},"image/vnd.fst":{"source":"iana","extensions":["fst"]},"image/vnd.fujixerox.edmics-mmr":{"source":"iana","extensions":["mmr"]},"image/vnd.fujixerox.edmics-rlc":{"source":"iana","extensions":["rlc"]},"image/vnd.globalgraphics.pgb":{"source":"iana"},"image/vnd.microsoft.icon":{"source":"iana","compressible":true,"extensions":["ico"]},"image/vnd.mix":{"source":"iana"},"image/vnd.mozilla.apng":{"source":"iana"},"image/vnd.ms-dds":{"compressible":true,"extensions":["dds"]},"image/vnd.ms-modi":{"source":"iana","extensions":["mdi"]},"image/vnd.ms-photo":{"source":"apache","extensions":["wdp"]},"image/vnd.net-fpx":{"source":"iana","extensions":["npx"]},"image/vnd.pco.b16":{"source":"iana","extensions":["b16"]},"image/vnd.radiance":{"source":"iana"},"image/vnd.sealed.png":{"source":"iana"},"image/vnd.sealedmedia.softseal.gif":{"source":"iana"},"image/vnd.sealedmedia.softseal.jpg":{"source":"iana"},"image/vnd.svf":{"source":"iana"},"image/vnd.tencent.tap":{"source":"iana","extensions":["tap"]},"image/vnd.valve.source.texture":{"source":"iana","extensions":["vtf"]},"image/vnd.wap.wbmp":{"source":"iana","extensions":["wbmp"]},"image/vnd.xiff":{"source":"iana","extensions":["xif"]},"image/vnd.zbrush.pcx":{"source":"iana","extensions":["pcx"]},"image/webp":{"source":"apache","extensions":["webp"]},"image/wmf":{"source":"iana","extensions":["wmf"]},"image/x-3ds":{"source":"apache","extensions":["3ds"]},"image/x-cmu-raster":{"source":"apache","extensions":["ras"]},"image/x-cmx":{"source":"apache","extensions":["cmx"]},"image/x-freehand":{"source":"apache","extensions":["fh","fhc","fh4","fh5","fh7"]},"image/x-icon":{"source":"apache","compressible":true,"extensions":["ico"]},"image/x-jng":{"source":"nginx","extensions":["jng"]},"image/x-mrsid-image":{"source":"apache","extensions":["sid"]},"image/x-ms-bmp":{"source":"nginx","compressible":true,"extensions":["bmp"]},"image/x-pcx":{"source":"apache","extensions":["pcx"]},"image/x-pict":{"source":"apache","extensions":["pic","pct"]},"image/x-portable-anymap":{"source":"apache","extensions":["pnm"]},"image/x-portable-bitmap":{"source":"apache","extensions":["pbm"]},"image/x-portable-graymap":{"source":"apache","extensions":["pgm"]},"image/x-portable-pixmap":{"source":"apache","extensions":["ppm"]},"image/x-rgb":{"source":"apache","extensions":["rgb"]},"image/x-tga":{"source":"apache","extensions":["tga"]},"image/x-xbitmap":{"source":"apache","extensions":["xbm"]},"image/x-xcf":{"compressible":false},"image/x-xpixmap":{"source":"apache","extensions":["xpm"]},"image/x-xwindowdump":{"source":"apache","extensions":["xwd"]},"message/cpim":{"source":"iana"},"message/delivery-status":{"source":"iana"},"message/disposition-notification":{"source":"iana","extensions":["disposition-notification"]},"message/external-body":{"source":"iana"},"message/feedback-report":{"source":"iana"},"message/global":{"source":"iana","extensions":["u8msg"]},"message/global-delivery-status":{"source":"iana","extensions":["u8dsn"]},"message/global-disposition-notification":{"source":"iana","extensions":["u8mdn"]},"message/global-headers":{"source":"iana","extensions":["u8hdr"]},"message/http":{"source":"iana","compressible":false},"message/imdn+xml":{"source":"iana","compressible":true},"message/news":{"source":"iana"},"message/partial":{"source":"iana","compressible":false},"message/rfc822":{"source":"iana","compressible":true,"extensions":["eml","mime"]},"message/s-http":{"source":"iana"},"message/sip":{"source":"iana"},"message/sipfrag":{"source":"iana"},"message/tracking-status":{"source":"iana"},"message/vnd.si.simp":{"source":"iana"},"message/vnd.wfa.wsc":{"source":"iana","extensions":["wsc"]},"model/3mf":{"source":"iana","extensions":["3mf"]},"model/e57":{"source":"iana"},"model/gltf+json":{"source":"iana","compressible":true,"extensions":["gltf"]},"model/gltf-binary":{"source":"iana","compressible":true,"extensions":["glb"]},"model/iges":{"source":"iana","compressible":false,"extensions":["igs","iges"]},"model/mesh":{"source":"iana","compressible":false,"extensions":["msh","mesh","silo"]},"model/mtl":{"source":"iana","extensions":["mtl"]},"model/obj":{"source":"iana","extensions":["obj"]},"model/step":{"source":"iana"},"model/step+xml":{"source":"iana","compressible":true,"extensions":["stpx"]},"model/step+zip":{"source":"iana","compressible":false,"extensions":["stpz"]},"model/step-xml+zip":{"source":"iana","compressible":false,"extensions":["stpxz"]},"model/stl":{"source":"iana","extensions":["stl"]},"model/vnd.collada+xml":{"source":"iana","compressible":true,"extensions":["dae"]},"model/vnd.dwf":{"source":"iana","extensions":["dwf"]},"model/vnd.flatland.3dml":{"source":"iana"},"model/vnd.gdl":{"source":"iana","extensions":["gdl"]},"model/vnd.gs-gdl":{"source":"apache"},"model/vnd.gs.gdl":{"source":"iana"},"model/vnd.gtw":{"source":"iana","extensions":["gtw"]},"model/vnd.moml+xml":{"source":"iana","compressible":true},"model/vnd.mts":{"source":"iana","extensions":["mts"]},"model/vnd.opengex":{"source":"iana","extensions":["ogex"]},"model/vnd.parasolid.transmit.binary":{"source":"iana","extensions":["x_b"]},"model/vnd.parasolid.transmit.text":{"source":"iana","extensions":["x_t"]},"model/vnd.pytha.pyox":{"source":"iana"},"model/vnd.rosette.annotated-data-model":{"source":"iana"},"model/vnd.sap.vds":{"source":"iana","extensions":["vds"]},"model/vnd.usdz+zip":{"source":"iana","compressible":false,"extensions":["usdz"]},"model/vnd.valve.source.compiled-map":{"source":"iana","extensions":["bsp"]},"model/vnd.vtu":{"source":"iana","extensions":["vtu"]},"model/vrml":{"source":"iana","compressible":false,"extensions":["wrl","vrml"]},"model/x3d+binary":{"source":"apache","compressible":false,"extensions":["x3db","x3dbz"]},"model/x3d+fastinfoset":{"source":"iana","extensions":["x3db"]},"model/x3d+vrml":{"source":"apache","compressible":false,"extensions":["x3dv","x3dvz"]},"model/x3d+xml":{"source":"iana","compressible":true,"extensions":["x3d","x3dz"]},"model/x3d-vrml":{"source":"iana","extensions":["x3dv"]},"multipart/alternative":{"source":"iana","compressible":false},"multipart/appledouble":{"source":"iana"},"multipart/byteranges":{"source":"iana"},"multipart/digest":{"source":"iana"},"multipart/encrypted":{"source":"iana","compressible":false},"multipart/form-data":{"source":"iana","compressible":false},"multipart/header-set":{"source":"iana"},"multipart/mixed":{"source":"iana"},"multipart/multilingual":{"source":"iana"},"multipart/parallel":{"source":"iana"},"multipart/related":{"source":"iana","compressible":false},"multipart/report":{"source":"iana"},"multipart/signed":{"source":"iana","compressible":false},"multipart/vnd.bint.med-plus":{"source":"iana"},"multipart/voice-message":{"source":"iana"},"multipart/x-mixed-replace":{"source":"iana"},"text/1d-interleaved-parityfec":{"source":"iana"},"text/cache-manifest":{"source":"iana","compressible":true,"extensions":["appcache","manifest"]},"text/calendar":{"source":"iana","extensions":["ics","ifb"]},"text/calender":{"compressible":true},"text/cmd":{"compressible":true},"text/coffeescript":{"extensions":["coffee","litcoffee"]},"text/cql":{"source":"iana"},"text/cql-expression":{"source":"iana"},"text/cql-identifier":{"source":"iana"},"text/css":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["css"]},"text/csv":{"source":"iana","compressible":true,"extensions":["csv"]},"text/csv-schema":{"source":"iana"},"text/directory":{"source":"iana"},"text/dns":{"source":"iana"},"text/ecmascript":{"source":"iana"},"text/encaprtp":{"source":"iana"},"text/enriched":{"source":"iana"},"text/fhirpath":{"source":"iana"},"text/flexfec":{"source":"iana"},"text/fwdred":{"source":"iana"},"text/gff3":{"source":"iana"},"text/grammar-ref-list":{"source":"iana"},"text/html":{"source":"iana","compressible":true,"extensions":["html","htm","shtml"]},"text/jade":{"extensions":["jade"]},"text/javascript":{"source":"iana","compressible":true},"text/jcr-cnd":{"source":"iana"},"text/jsx":{"compressible":true,"extensions":["jsx"]},"text/less":{"compressible":true,"extensions":["less"]},"text/markdown":{"source":"iana","compressible":true,"extensions":["markdown","md"]},"text/mathml":{"source":"nginx","extensions":["mml"]},"text/mdx":{"compressible":true,"extensions":["mdx"]},"text/mizar":{"source":"iana"},"text/n3":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["n3"]},"text/parameters":{"source":"iana","charset":"UTF-8"},"text/parityfec":{"source":"iana"},"text/plain":{"source":"iana","compressible":true,"extensions":["txt","text","conf","def","list","log","in","ini"]},"text/provenance-notation":{"source":"iana","charset":"UTF-8"},"text/prs.fallenstein.rst":{"source":"iana"},"text/prs.lines.tag":{"source":"iana","extensions":["dsc"]},"text/prs.prop.logic":{"source":"iana"},"text/raptorfec":{"source":"iana"},"text/red":{"source":"iana"},"text/rfc822-headers":{"source":"iana"},"text/richtext":{"source":"iana","compressible":true,"extensions":["rtx"]},"text/rtf":{"source":"iana","compressible":true,"extensions":["rtf"]},"text/rtp-enc-aescm128":{"source":"iana"},"text/rtploopback":{"source":"iana"},"text/rtx":{"source":"iana"},"text/sgml":{"source":"iana","extensions":["sgml","sgm"]},"text/shaclc":{"source":"iana"},"text/shex":{"source":"iana","extensions":["shex"]},"text/slim":{"extensions":["slim","slm"]},"text/spdx":{"source":"iana","extensions":["spdx"]},"text/strings":{"source":"iana"},"text/stylus":{"extensions":["stylus","styl"]},"text/t140":{"source":"iana"},"text/tab-separated-values":{"source":"iana","compressible":true,"extensions":["tsv"]},"text/troff":{"source":"iana","extensions":["t","tr","roff","man","me","ms"]},"text/turtle":{"source":"iana","charset":"UTF-8","extensions":["ttl"]},"text/ulpfec":{"source":"iana"},"text/uri-list":{"source":"iana","compressible":true,"extensions":["uri","uris","urls"]},"text/vcard":{"source":"iana","compressible":true,"extensions":["vcard"]},"text/vnd.a":{"source":"iana"},"text/vnd.abc":{"source":"iana"},"text/vnd.ascii-art":{"source":"iana"},"text/vnd.curl":{"source":"iana","extensions":["curl"]},"text/vnd.curl.dcurl":{"source":"apache","extensions":["dcurl"]},"text/vnd.curl.mcurl":{"source":"apache","extensions":["mcurl"]},"text/vnd.curl.scurl":{"source":"apache","extensions":["scurl"]},"text/vnd.debian.copyright":{"source":"iana","charset":"UTF-8"},"text/vnd.dmclientscript":{"source":"iana"},"text/vnd.dvb.subtitle":{"source":"iana","extensions":["sub"]},"text/vnd.esmertec.theme-descriptor":{"source":"iana","charset":"UTF-8"},"text/vnd.familysearch.gedcom":{"source":"iana","extensions":["ged"]},"text/vnd.ficlab.flt":{"source":"iana"},"text/vnd.fly":{"source":"iana","extensions":["fly"]},"text/vnd.fmi.flexstor":{"source":"iana","extensions":["flx"]},"text/vnd.gml":{"source":"iana"},"text/vnd.graphviz":{"source":"iana","extensions":["gv"]},"text/vnd.hans":{"source":"iana"},"text/vnd.hgl":{"source":"iana"},"text/vnd.in3d.3dml":{"source":"iana","extensions":["3dml"]},"text/vnd.in3d.spot":{"source":"iana","extensions":["spot"]},"text/vnd.iptc.newsml":{"source":"iana"},"text/vnd.iptc.nitf":{"source":"iana"},"text/vnd.latex-z":{"source":"iana"},"text/vnd.motorola.reflex":{"source":"iana"},"text/vnd.ms-mediapackage":{"source":"iana"},"text/vnd.net2phone.commcenter.command":{"source":"iana"},"text/vnd.radisys.msml-basic-layout":{"source":"iana"},"text/vnd.senx.warpscript":{"source":"iana"},"text/vnd.si.uricatalogue":{"source":"iana"},"text/vnd.sosi":{"source":"iana"},"text/vnd.sun.j2me.app-descriptor":{"source":"iana","charset":"UTF-8","extensions":["jad"]},"text/vnd.trolltech.linguist":{"source":"iana","charset":"UTF-8"},"text/vnd.wap.si":{"source":"iana"},"text/vnd.wap.sl":{"source":"iana"},"text/vnd.wap.wml":{"source":"iana","extensions":["wml"]},"text/vnd.wap.wmlscript":{"source":"iana","extensions":["wmls"]},"text/vtt":{"source":"iana","charset":"UTF-8","compressible":true,"extensions":["vtt"]},"text/x-asm":{"source":"apache","extensions":["s","asm"]},"text/x-c":{"source":"apache","extensions":["c","cc","cxx","cpp","h","hh","dic"]},"text/x-component":{"source":"nginx","extensions":["htc"]},"text/x-fortran":{"source":"apache","extensions":["f","for","f77","f90"]},"text/x-gwt-rpc":{"compressible":true},"text/x-handlebars-template":{"extensions":["hbs"]},"text/x-java-source":{"source":"apache","extensions":["java"]},"text/x-jquery-tmpl":{"compressible":true},"text/x-lua":{"extensions":["lua"]},"text/x-markdown":{"compressible":true,"extensions":["mkd"]},"text/x-nfo":{"source":"apache","extensions":["nfo"]},"text/x-opml":{"source":"apache","extensions":["opml"]},"text/x-org":{"compressible":true,"extensions":["org"]},"text/x-pascal":{"source":"apache","extensions":["p","pas"]},"text/x-processing":{"compressible":true,"extensions":["pde"]},"text/x-sass":{"extensions":["sass"]},"text/x-scss":{"extensions":["scss"]},"text/x-setext":{"source":"apache","extensions":["etx"]},"text/x-sfv":{"source":"apache","extensions":["sfv"]},"text/x-suse-ymp":{"compressible":true,"extensions":["ymp"]},"text/x-uuencode":{"source":"apache","extensions":["uu"]},"text/x-vcalendar":{"source":"apache","extensions":["vcs"]},"text/x-vcard":{"source":"apache","extensions":["vcf"]},"text/xml":{"source":"iana","compressible":true,"extensions":["xml"]},"text/xml-external-parsed-entity":{"source":"iana"},"text/yaml":{"compressible":true,"extensions":["yaml","yml"]},"video/1d-interleaved-parityfec":{"source":"iana"},"video/3gpp":{"source":"iana","extensions":["3gp","3gpp"]},"video/3gpp-tt":{"source":"iana"},"video/3gpp2":{"source":"iana","extensions":["3g2"]},"video/av1":{"source":"iana"},"video/bmpeg":{"source":"iana"},"video/bt656":{"source":"iana"},"video/celb":{"source":"iana"},"video/dv":{"source":"iana"},"video/encaprtp":{"source":"iana"},"video/ffv1":{"source":"iana"},"video/flexfec":{"source":"iana"},"video/h261":{"source":"iana","extensions":["h261"]},"video/h263":{"source":"iana","extensions":["h263"]},"video/h263-1998":{"source":"iana"},"video/h263-2000":{"source":"iana"},"video/h264":{"source":"iana","extensions":["h264"]},"video/h264-rcdo":{"source":"iana"},"video/h264-svc":{"source":"iana"},"video/h265":{"source":"iana"},"video/iso.segment":{"source":"iana","extensions":["m4s"]},"video/jpeg":{"source":"iana","extensions":["jpgv"]},"video/jpeg2000":{"source":"iana"},"video/jpm":{"source":"apache","extensions":["jpm","jpgm"]},"video/jxsv":{"source":"iana"},"video/mj2":{"source":"iana","extensions":["mj2","mjp2"]},"video/mp1s":{"source":"iana"},"video/mp2p":{"source":"iana"},"video/mp2t":{"source":"iana","extensions":["ts"]},"video/mp4":{"source":"iana","compressible":false,"extensions":["mp4","mp4v","mpg4"]},"video/mp4v-es":{"source":"iana"},"video/mpeg":{"source":"iana","compressible":false,"extensions":["mpeg","mpg","mpe","m1v","m2v"]},"video/mpeg4-generic":{"source":"iana"},"video/mpv":{"source":"iana"},"video/nv":{"source":"iana"},"video/ogg":{"source":"iana","compressible":false,"extensions":["ogv"]},"video/parityfec":{"source":"iana"},"video/pointer":{"source":"iana"},"video/quicktime":{"source":"iana","compressible":false,"extensions":["qt","mov"]},"video/raptorfec":{"source":"iana"},"video/raw":{"source":"iana"},"video/rtp-enc-aescm128":{"source":"iana"},"video/rtploopback":{"source":"iana"},"video/rtx":{"source":"iana"},"video/scip":{"source":"iana"},"video/smpte291":{"source":"iana"},"video/smpte292m":{"source":"iana"},"video/ulpfec":{"source":"iana"},"video/vc1":{"source":"iana"},"video/vc2":{"source":"iana"},"video/vnd.cctv":{"source":"iana"},"video/vnd.dece.hd":{"source":"iana","extensions":["uvh","uvvh"]},"video/vnd.dece.mobile":{"source":"iana","extensions":["uvm","uvvm"]},"video/vnd.dece.mp4":{"source":"iana"},"video/vnd.dece.pd":{"source":"iana","extensions":["uvp","uvvp"]},"video/vnd.dece.sd":{"source":"iana","extensions":["uvs","uvvs"]},"video/vnd.dece.video":{"source":"iana","extensions":["uvv","uvvv"]},"video/vnd.directv.mpeg":{"source":"iana"},"video/vnd.directv.mpeg-tts":{"source":"iana"},"video/vnd.dlna.mpeg-tts":{"source":"iana"},"video/vnd.dvb.file":{"source":"iana","extensions":["dvb"]},"video/vnd.fvt":{"source":"iana","extensions":["fvt"]},"video/vnd.hns.video":{"source":"iana"},"video/vnd.iptvforum.1dparityfec-1010":{"source":"iana"},"video/vnd.iptvforum.1dparityfec-2005":{"source":"iana"},"video/vnd.iptvforum.2dparityfec-1010":{"source":"iana"},"video/vnd.iptvforum.2dparityfec-2005":{"source":"iana"},"video/vnd.iptvforum.ttsavc":{"source":"iana"},"video/vnd.iptvforum.ttsmpeg2":{"source":"iana"},"video/vnd.motorola.video":{"source":"iana"},"video/vnd.motorola.videop":{"source":"iana"},"video/vnd.mpegurl":{"source":"iana","extensions":["mxu","m4u"]},"video/vnd.ms-playready.media.pyv":{"source":"iana","extensions":["pyv"]},"video/vnd.nokia.interleaved-multimedia":{"source":"iana"},"video/vnd.nokia.mp4vr":{"source":"iana"},"video/vnd.nokia.videovoip":{"source":"iana"},"video/vnd.objectvideo":{"source":"iana"},"video/vnd.radgamettools.bink":{"source":"iana"},"video/vnd.radgamettools.smacker":{"source":"iana"},"video/vnd.sealed.mpeg1":{"source":"iana"},"video/vnd.sealed.mpeg4":{"source":"iana"},"video/vnd.sealed.swf":{"source":"iana"},"video/vnd.sealedmedia.softseal.mov":{"source":"iana"},"video/vnd.uvvu.mp4":{"source":"iana","extensions":["uvu","uvvu"]},"video/vnd.vivo":{"source":"iana","extensions":["viv"]},"video/vnd.youtube.yt":{"source":"iana"},"video/vp8":{"source":"iana"},"video/vp9":{"source":"iana"},"video/webm":{"source":"apache","compressible":false,"extensions":["webm"]},"video/x-f4v":{"source":"apache","extensions":["f4v"]},"video/x-fli":{"source":"apache","extensions":["fli"]},"video/x-flv":{"source":"apache","compressible":false,"extensions":["flv"]},"video/x-m4v":{"source":"apache","extensions":["m4v"]},"video/x-matroska":{"source":"apache","compressible":false,"extensions":["mkv","mk3d","mks"]},"video/x-mng":{"source":"apache","extensions":["mng"]},"video/x-ms-asf":{"source":"apache","extensions":["asf","asx"]},"video/x-ms-vob":{"source":"apache","extensions":["vob"]},"video/x-ms-wm":{"source":"apache","extensions":["wm"]},"video/x-ms-wmv":{"source":"apache","compressible":false,"extensions":["wmv"]},"video/x-ms-wmx":{"source":"apache","extensions":["wmx"]},"video/x-ms-wvx":{"source":"apache","extensions":["wvx"]},"video/x-msvideo":{"source":"apache","extensions":["avi"]},"video/x-sgi-movie":{"source":"apache","extensions":["movie"]},"video/x-smv":{"source":"apache","extensions":["smv"]},"x-conference/x-cooltalk":{"source":"apache","extensions":["ice"]},"x-shader/x-fragment":{"compressible":true},"x-shader/x-vertex":{"compressible":true}}')}};
//# sourceMappingURL=950.index.js.map