// The parts of client-node the actions use, loaded when first needed: client-node is most of the
// bundle, so an input error never waits for it. Deep imports and webpackExports name the classes used, so
// the bundler leaves out the API groups nobody calls.
export async function loadKubeClient() {
  const { KubeConfig } = await import(
    /* webpackExports: ["KubeConfig"] */ '@kubernetes/client-node/dist/config.js'
  );
  const { ObjectAppsV1Api, ObjectCoreV1Api, ObjectCustomObjectsApi, ObjectNetworkingV1Api } = await import(
    /* webpackExports: ["ObjectAppsV1Api", "ObjectCoreV1Api", "ObjectCustomObjectsApi", "ObjectNetworkingV1Api"] */ '@kubernetes/client-node/dist/gen/types/ObjectParamAPI.js'
  );
  const { Watch } = await import(/* webpackExports: ["Watch"] */ '@kubernetes/client-node/dist/watch.js');
  return {
    KubeConfig,
    AppsV1Api: ObjectAppsV1Api,
    CoreV1Api: ObjectCoreV1Api,
    CustomObjectsApi: ObjectCustomObjectsApi,
    NetworkingV1Api: ObjectNetworkingV1Api,
    Watch,
  };
}
