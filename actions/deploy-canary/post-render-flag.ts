/** The argument that makes this action's entry run as helm's post-renderer instead of as the action. */
export const POST_RENDER_FLAG = '--ml-deploy-post-render';
